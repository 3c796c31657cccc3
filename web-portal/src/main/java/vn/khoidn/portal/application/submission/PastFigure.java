package vn.khoidn.portal.application.submission;

import java.math.BigDecimal;

/**
 * An organization's accepted (or back-loaded) total of an indicator in another period: one point of
 * the history a new value is compared with.
 *
 * @param periodCode the period, as stored (it may not parse)
 * @param value the total
 */
public record PastFigure(String periodCode, BigDecimal value) {}
