package vn.khoidn.portal.application.report;

/**
 * What an organization wrote on its form of a period, for a report's narratives.
 *
 * @param organizationCode the organization's code
 * @param organizationName its name
 * @param results what it achieved, or null
 * @param difficulties its difficulties, or null
 * @param proposals its proposals, or null
 */
public record FormNarrative(
    String organizationCode,
    String organizationName,
    String results,
    String difficulties,
    String proposals) {}
