package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import vn.khoidn.portal.application.organization.OrganizationTreeRepository;
import vn.khoidn.portal.application.organization.TreeEvent;
import vn.khoidn.portal.application.organization.TreeRecords;

/**
 * The tree aggregate over {@code organization}, {@code organization_link}, {@code
 * organization_name} and {@code organization_successor}: read in five statements (the lock and one
 * per table), changed event by event. {@code organization.parent_id}, {@code name} and {@code
 * dissolved_on} keep the latest state for the pages' quick queries.
 */
@ApplicationScoped
public class JpaOrganizationTreeRepository implements OrganizationTreeRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private JpaOrganizations organizations;
  @Inject private JpaOrganizationRepository entities;

  @Override
  public TreeRecords loadForChange() {
    // The reads are native SQL: they see this transaction's earlier writes only once flushed.
    em.flush();
    em.createNativeQuery(
            "SELECT id FROM organization WHERE parent_id IS NULL ORDER BY id FOR UPDATE")
        .getResultList();
    List<TreeRecords.Link> links = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT c.code, p.code, l.valid_from, l.valid_until FROM organization_link l"
                    + " JOIN organization c ON c.id = l.child_id"
                    + " JOIN organization p ON p.id = l.parent_id")
            .getResultList()) {
      Object[] r = (Object[]) row;
      links.add(
          new TreeRecords.Link(
              (String) r[0],
              (String) r[1],
              JpaOrganizations.date(r[2]),
              JpaOrganizations.date(r[3])));
    }
    List<TreeRecords.Rename> renames = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT o.code, n.name, n.previous_name, n.valid_from FROM organization_name n"
                    + " JOIN organization o ON o.id = n.organization_id")
            .getResultList()) {
      Object[] r = (Object[]) row;
      renames.add(
          new TreeRecords.Rename(
              (String) r[0], (String) r[1], (String) r[2], JpaOrganizations.date(r[3])));
    }
    List<TreeRecords.Succession> successions = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT p.code, s.code, x.succeeded_on FROM organization_successor x"
                    + " JOIN organization p ON p.id = x.predecessor_id"
                    + " JOIN organization s ON s.id = x.successor_id")
            .getResultList()) {
      Object[] r = (Object[]) row;
      successions.add(
          new TreeRecords.Succession((String) r[0], (String) r[1], JpaOrganizations.date(r[2])));
    }
    return new TreeRecords(organizations.all(), links, renames, successions);
  }

  @Override
  public void store(List<TreeEvent> events) {
    for (TreeEvent event : events) {
      if (event instanceof TreeEvent.Added a) {
        entities.add(
            new OrganizationEntity(
                a.code(),
                a.name(),
                a.kind(),
                a.sector(),
                a.parentCode() == null ? null : find(a.parentCode()),
                a.establishedOn()));
      } else if (event instanceof TreeEvent.Moved m) {
        OrganizationEntity org = find(m.code());
        OrganizationEntity parent = find(m.parentCode());
        entities.openLinkOf(org).ifPresent(link -> link.endOn(m.on()));
        org.moveUnder(parent);
        entities.addLink(new OrganizationLinkEntity(org, parent, m.on()));
      } else if (event instanceof TreeEvent.Renamed r) {
        OrganizationEntity org = find(r.code());
        em.flush();
        em.createNativeQuery(
                "INSERT INTO organization_name (organization_id, valid_from, name, previous_name)"
                    + " VALUES (?1, ?2, ?3, ?4)")
            .setParameter(1, org.getId())
            .setParameter(2, r.on())
            .setParameter(3, r.name())
            .setParameter(4, r.previousName())
            .executeUpdate();
        org.correct(r.name(), org.getSector());
      } else if (event instanceof TreeEvent.Dissolved d) {
        OrganizationEntity org = find(d.code());
        org.dissolve(d.on());
        entities
            .openLinkOf(org)
            .filter(link -> link.getValidFrom() == null || d.on().isAfter(link.getValidFrom()))
            .ifPresent(link -> link.endOn(d.on()));
        em.flush();
        for (String successor : d.successorCodes()) {
          em.createNativeQuery(
                  "INSERT INTO organization_successor (predecessor_id, successor_id, succeeded_on)"
                      + " VALUES (?1, ?2, ?3)")
              .setParameter(1, org.getId())
              .setParameter(2, find(successor).getId())
              .setParameter(3, d.on())
              .executeUpdate();
        }
      }
    }
    em.flush();
  }

  private OrganizationEntity find(String code) {
    return entities
        .findByCode(code)
        .orElseThrow(() -> new IllegalStateException("No organization " + code));
  }
}
