package vn.khoidn.domain.submission;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A round's deadline, and the later day staff may grant one organization as an exception. After the
 * deadline (and any exception) the form is read-only for the reporting organization.
 *
 * @param deadline the last day reporters may submit
 * @param exception a later last day granted to one organization, or null
 */
public record Deadline(LocalDate deadline, LocalDate exception) {

  /** Checks the deadline is given. */
  public Deadline {
    Objects.requireNonNull(deadline, "Hạn nộp là bắt buộc.");
  }

  /** The last day the organization may still change its form. */
  public LocalDate lastDay() {
    return exception != null && exception.isAfter(deadline) ? exception : deadline;
  }

  /**
   * Whether the organization may still change its form on a day.
   *
   * @param today the day
   * @return true up to and including the last day
   */
  public boolean isOpenOn(LocalDate today) {
    return !today.isAfter(lastDay());
  }

  /**
   * Days left until the last day (0 on the day itself), or negative when overdue.
   *
   * @param today the day
   * @return the days left
   */
  public long daysLeft(LocalDate today) {
    return ChronoUnit.DAYS.between(today, lastDay());
  }

  /**
   * Whether a submission on that day was on time for the round (exceptions do not make it on time).
   *
   * @param submittedOn the day of submission
   * @return true on or before the round's deadline
   */
  public boolean onTime(LocalDate submittedOn) {
    return !submittedOn.isAfter(deadline);
  }
}
