package vn.khoidn.portal.application.submission;

import java.math.BigDecimal;
import vn.khoidn.domain.registry.Sector;

/**
 * A figure stored on a form, as read back into the page's input.
 *
 * @param organizationCode the block's organization
 * @param indicatorCode the indicator
 * @param sector the sector of a part, or null for a total
 * @param value the value
 * @param explanation why a total is far from history, or null
 */
public record FormFigure(
    String organizationCode,
    String indicatorCode,
    Sector sector,
    BigDecimal value,
    String explanation) {}
