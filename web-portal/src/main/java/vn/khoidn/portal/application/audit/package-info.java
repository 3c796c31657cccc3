/** The audit trail: who changed what, when, with the old and the new value. */
package vn.khoidn.portal.application.audit;
