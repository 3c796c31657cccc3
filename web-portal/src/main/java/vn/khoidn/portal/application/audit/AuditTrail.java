package vn.khoidn.portal.application.audit;

import java.util.List;

/** The port to the audit trail: entries are added in the caller's transaction and never changed. */
public interface AuditTrail {

  /**
   * Records a change.
   *
   * @param entry the change
   */
  void record(AuditEntry entry);

  /**
   * The entries of a form, newest first.
   *
   * @param formId the form
   * @return its entries
   */
  List<AuditEntry> ofForm(long formId);
}
