package vn.khoidn.portal.application.rollup;

import java.util.List;
import vn.khoidn.domain.rollup.RollupResult;
import vn.khoidn.reporting.review.ReviewFigures;
import vn.khoidn.reporting.xlsx.AnnexSheet;

/**
 * What a report states, read live: the roll-up of the issuing organization and the figures of the
 * report and its annex.
 *
 * @param rollup the roll-up of new members, classes and trainees
 * @param figures the report's figures
 * @param annex the annex's lines, one per grassroots organization, summing to the report's figures
 */
public record ReportData(RollupResult rollup, ReviewFigures figures, List<AnnexSheet.Line> annex) {}
