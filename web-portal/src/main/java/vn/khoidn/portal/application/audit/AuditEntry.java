package vn.khoidn.portal.application.audit;

import java.time.Instant;

/**
 * One recorded change: who, when, what, the old and the new value. Never updated.
 *
 * @param at when, from the portal's clock
 * @param actor who made it (login name)
 * @param formId the form it concerns, or null
 * @param organizationId the organization it concerns, or null
 * @param subject what changed, e.g. {@code NEW_MEMBERS/NON_STATE} or {@code STATUS}
 * @param oldValue the value before, or null
 * @param newValue the value after, or null
 */
public record AuditEntry(
    Instant at,
    String actor,
    Long formId,
    Long organizationId,
    String subject,
    String oldValue,
    String newValue) {}
