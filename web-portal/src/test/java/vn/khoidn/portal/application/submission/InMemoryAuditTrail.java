package vn.khoidn.portal.application.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.khoidn.portal.application.audit.AuditEntry;
import vn.khoidn.portal.application.audit.AuditTrail;

/** The audit trail in a list. */
final class InMemoryAuditTrail implements AuditTrail {

  final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public void record(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public List<AuditEntry> ofForm(long formId) {
    List<AuditEntry> of = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (Objects.equals(entries.get(i).formId(), formId)) {
        of.add(entries.get(i));
      }
    }
    return of;
  }
}
