/**
 * The submission workflow: reporting rounds, forms, review, corrections, the audit trail, access by
 * organization.
 */
package vn.khoidn.portal.application.submission;
