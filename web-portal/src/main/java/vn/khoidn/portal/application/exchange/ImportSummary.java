package vn.khoidn.portal.application.exchange;

/**
 * What an import did, or would do in a dry run.
 *
 * @param dryRun whether nothing was written
 * @param rows the rows read
 * @param imported new figures
 * @param updated figures whose value changed
 * @param unchanged figures that already had that value
 */
public record ImportSummary(boolean dryRun, int rows, int imported, int updated, int unchanged) {}
