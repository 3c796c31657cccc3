package vn.khoidn.portal.application.exchange;

import java.math.BigDecimal;
import vn.khoidn.domain.registry.Sector;

/**
 * A figure that counts (accepted on a form, or back-loaded on none), as an export lists it.
 *
 * @param organizationCode the organization's code
 * @param periodCode the period's code
 * @param indicatorCode the indicator's code
 * @param sector the sector of a part, or null for the total
 * @param value the figure
 */
public record ExportedFigure(
    String organizationCode,
    String periodCode,
    String indicatorCode,
    Sector sector,
    BigDecimal value) {}
