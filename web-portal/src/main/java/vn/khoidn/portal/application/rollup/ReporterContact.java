package vn.khoidn.portal.application.rollup;

/**
 * An enabled reporter of an organization, to call about a missing form.
 *
 * @param organizationCode the organization
 * @param name the reporter's name
 * @param phone the telephone, or null
 * @param email the e-mail, or null
 */
public record ReporterContact(String organizationCode, String name, String phone, String email) {}
