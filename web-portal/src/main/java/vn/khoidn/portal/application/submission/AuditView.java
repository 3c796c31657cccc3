package vn.khoidn.portal.application.submission;

import java.io.Serializable;
import java.time.Instant;

/**
 * One recorded change, as the history of a value shows it.
 *
 * @param at when
 * @param actor who
 * @param subject what, e.g. {@code CB-A/NEW_MEMBERS} or {@code STATUS}
 * @param oldValue before
 * @param newValue after
 */
public record AuditView(Instant at, String actor, String subject, String oldValue, String newValue)
    implements Serializable {}
