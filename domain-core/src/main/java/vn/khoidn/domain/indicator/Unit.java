package vn.khoidn.domain.indicator;

/** What an indicator's values count. */
public enum Unit {
  /** Persons: party members, trainees. */
  PERSON("người"),
  /** Classes, organizations, units. */
  COUNT("đơn vị"),
  /** A percentage, always derived from sums. */
  PERCENT("%");

  private final String vietnameseLabel;

  Unit(String vietnameseLabel) {
    this.vietnameseLabel = vietnameseLabel;
  }

  /** Whether values are whole numbers. */
  public boolean isCount() {
    return this != PERCENT;
  }

  /** The Vietnamese name of the unit. */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }
}
