package vn.khoidn.domain.indicator;

/** Where an indicator's figures come from. */
public enum Source {
  /** Typed in (or imported) by the reporting organization. */
  ENTERED,
  /** Computed from the registry's dates, e.g. new youth-union chapters in the period. */
  REGISTRY,
  /** Computed from other indicators' sums, e.g. a coverage ratio. */
  DERIVED
}
