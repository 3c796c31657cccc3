package vn.khoidn.portal.application.submission;

/**
 * An organization's target of an indicator for a period, shown beside the form's row.
 *
 * @param periodCode the plan's period, as stored (it may not parse)
 * @param indicatorCode the indicator entered on the form
 * @param target the target
 */
public record PlanFigure(String periodCode, String indicatorCode, long target) {}
