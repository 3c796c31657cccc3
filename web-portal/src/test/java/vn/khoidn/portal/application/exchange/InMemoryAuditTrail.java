package vn.khoidn.portal.application.exchange;

import java.util.ArrayList;
import java.util.List;
import vn.khoidn.portal.application.audit.AuditEntry;
import vn.khoidn.portal.application.audit.AuditTrail;

/** The audit trail as a list, for unit tests. */
public class InMemoryAuditTrail implements AuditTrail {

  /** What was recorded, in order. */
  public final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public void record(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public List<AuditEntry> ofForm(long formId) {
    return entries.stream().filter(e -> e.formId() != null && e.formId() == formId).toList();
  }
}
