package vn.khoidn.domain.validation;

/** How a validation finding affects a value. */
public enum Severity {
  /** The value is refused: the form cannot be submitted until it is fixed. */
  ERROR,
  /** The value is accepted but flagged for review; the reporter explains it. */
  WARNING
}
