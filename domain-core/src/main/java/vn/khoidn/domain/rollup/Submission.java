package vn.khoidn.domain.rollup;

import java.time.LocalDate;
import java.util.Objects;
import vn.khoidn.domain.period.Period;

/**
 * That an organization submitted its form for a period, and when.
 *
 * @param organizationCode the organization
 * @param period the period of the form
 * @param submittedOn the day it was submitted
 */
public record Submission(String organizationCode, Period period, LocalDate submittedOn) {

  /** Checks every part is given. */
  public Submission {
    Objects.requireNonNull(organizationCode, "organizationCode");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(submittedOn, "submittedOn");
  }
}
