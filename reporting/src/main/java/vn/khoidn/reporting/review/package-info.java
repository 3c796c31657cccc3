/**
 * The review report ("Báo cáo sơ kết"): its figures from a roll-up and the registry, the issuing
 * body's settings, staff's narratives, and the writer that turns them into a {@link
 * vn.khoidn.reporting.model.ReportDocument} in the reference report's words.
 */
package vn.khoidn.reporting.review;
