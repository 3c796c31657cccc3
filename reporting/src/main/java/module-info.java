/**
 * Aggregation over the organization tree and over periods, and the official documents written from
 * it.
 */
module vn.khoidn.reporting {
  requires transitive vn.khoidn.domain;
  requires org.apache.poi.ooxml;

  exports vn.khoidn.reporting.document;
  exports vn.khoidn.reporting.xlsx;
}
