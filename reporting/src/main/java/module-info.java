/**
 * Aggregation over the organization tree and over periods, and the official documents written from
 * it.
 */
module vn.khoidn.reporting {
  requires transitive vn.khoidn.domain;
  requires org.apache.poi.ooxml;
  requires com.github.librepdf.openpdf;
  requires org.apache.commons.text;

  exports vn.khoidn.reporting.document;
  exports vn.khoidn.reporting.xlsx;
  exports vn.khoidn.reporting.model;
  exports vn.khoidn.reporting.review;
  exports vn.khoidn.reporting.text;
}
