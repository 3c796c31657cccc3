package vn.khoidn.portal.application.rollup;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.khoidn.domain.rollup.Ratio;

/**
 * Who reported in one round, within a user's subtree. Only organizations that were sent the round's
 * form and existed on the last day of its period are expected: one dissolved or not yet established
 * is not, so no rate exceeds 100%.
 *
 * @param roundId the round
 * @param periodCode its period
 * @param title its title
 * @param deadline its deadline
 * @param expected grassroots organizations expected to report
 * @param submitted how many of them submitted
 * @param accepted how many of them were accepted
 * @param onTime how many submitted by the deadline
 * @param missing the expected organizations that have not submitted, with whom to call
 */
public record RoundCompleteness(
    long roundId,
    String periodCode,
    String title,
    LocalDate deadline,
    long expected,
    long submitted,
    long accepted,
    long onTime,
    List<Missing> missing)
    implements Serializable {

  /** Copies the list. */
  public RoundCompleteness {
    missing = List.copyOf(missing);
  }

  /** Submitted over expected. */
  public Ratio submittedRate() {
    return new Ratio(submitted, expected);
  }

  /** Accepted over expected. */
  public Ratio acceptedRate() {
    return new Ratio(accepted, expected);
  }

  /** On time over expected. */
  public Ratio onTimeRate() {
    return new Ratio(onTime, expected);
  }

  /**
   * An expected organization that has not submitted.
   *
   * @param organizationCode its code
   * @param organizationName its name
   * @param status its form's status
   * @param contacts its reporters
   */
  public record Missing(
      String organizationCode, String organizationName, String status, List<Contact> contacts)
      implements Serializable {

    /** Copies the list. */
    public Missing {
      contacts = List.copyOf(contacts);
    }
  }

  /**
   * A reporter to call.
   *
   * @param name the name
   * @param phone the telephone, or null
   * @param email the e-mail, or null
   */
  public record Contact(String name, String phone, String email) implements Serializable {}
}
