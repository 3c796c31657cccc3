/**
 * Aggregation over the organization tree and over periods, and the official documents written from
 * it.
 */
module vn.khoidn.reporting {
  requires transitive vn.khoidn.domain;

  exports vn.khoidn.reporting.document;
}
