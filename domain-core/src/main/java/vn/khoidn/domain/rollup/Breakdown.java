package vn.khoidn.domain.rollup;

/** How a roll-up disaggregates its totals. */
public enum Breakdown {
  /** Totals only. */
  NONE,
  /** Totals and their parts by sector. */
  SECTOR
}
