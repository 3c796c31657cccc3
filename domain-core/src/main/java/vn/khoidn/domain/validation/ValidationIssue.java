package vn.khoidn.domain.validation;

import java.util.Objects;

/**
 * One finding about an entered figure.
 *
 * @param code a stable English code that programs and the API can rely on, e.g. {@code
 *     BREAKDOWN_ABOVE_TOTAL}
 * @param severity error or warning
 * @param message the explanation in Vietnamese, for the person who typed the value
 * @param organizationCode the organization the value is for
 * @param indicatorCode the indicator the value is for
 */
public record ValidationIssue(
    String code, Severity severity, String message, String organizationCode, String indicatorCode)
    implements java.io.Serializable {

  /** Checks the code, the severity and the message. */
  public ValidationIssue {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** Whether this finding refuses the value. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
