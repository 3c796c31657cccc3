package vn.khoidn.domain.period;

/** The kinds of calendar period figures are reported for. */
public enum PeriodType {
  /** A calendar year, {@code 2021}. */
  YEAR(1, "Năm"),
  /** A half-year, {@code 2021S1} or {@code 2021S2}. */
  HALF_YEAR(2, "6 tháng"),
  /** A quarter, {@code 2021Q1} to {@code 2021Q4}. */
  QUARTER(4, "Quý"),
  /** A month, {@code 202101} to {@code 202112}. */
  MONTH(12, "Tháng");

  private final int perYear;
  private final String vietnameseLabel;

  PeriodType(int perYear, String vietnameseLabel) {
    this.perYear = perYear;
    this.vietnameseLabel = vietnameseLabel;
  }

  /** How many periods of this type a year has. */
  public int perYear() {
    return perYear;
  }

  /** The number of months in one period of this type. */
  public int months() {
    return 12 / perYear;
  }

  /** The Vietnamese name of this type. */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }
}
