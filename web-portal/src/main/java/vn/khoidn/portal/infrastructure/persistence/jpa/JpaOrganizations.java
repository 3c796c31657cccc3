package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khoidn.domain.format.VietnameseText;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;

/**
 * The {@link Organizations} port over the {@code organization} table, in native SQL that runs on
 * MySQL/MariaDB and H2 alike; each method is one statement in the caller's transaction.
 */
@ApplicationScoped
public class JpaOrganizations implements Organizations {

  private static final String COLUMNS =
      "o.id, o.code, o.name, o.kind, o.sector, o.parent_id, h.code, o.established_on,"
          + " o.dissolved_on";

  private static final String FROM =
      " FROM organization o LEFT JOIN host_unit h ON h.id = o.host_unit_id";

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Override
  public Optional<OrganizationRef> byCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return rows("SELECT " + COLUMNS + FROM + " WHERE o.code = ?1", code).stream().findFirst();
  }

  @Override
  public Optional<OrganizationRef> byId(long id) {
    return rows("SELECT " + COLUMNS + FROM + " WHERE o.id = ?1", id).stream().findFirst();
  }

  @Override
  public List<OrganizationRef> all() {
    return rows("SELECT " + COLUMNS + FROM + " ORDER BY o.code");
  }

  @Override
  public List<OrganizationRef> children(long parentId) {
    List<OrganizationRef> children =
        new ArrayList<>(rows("SELECT " + COLUMNS + FROM + " WHERE o.parent_id = ?1", parentId));
    children.sort(Comparator.comparing(OrganizationRef::name, VietnameseText.order()));
    return children;
  }

  @Override
  public List<OrganizationRef> subtree(long topId) {
    List<OrganizationRef> members =
        rows(
            "WITH RECURSIVE sub (id) AS (SELECT id FROM organization WHERE id = ?1"
                + " UNION ALL SELECT c.id FROM organization c JOIN sub ON c.parent_id = sub.id)"
                + " SELECT "
                + COLUMNS
                + FROM
                + " JOIN sub ON sub.id = o.id",
            topId);
    Map<Long, List<OrganizationRef>> byParent = new HashMap<>();
    OrganizationRef top = null;
    for (OrganizationRef o : members) {
      if (o.id() == topId) {
        top = o;
      } else {
        byParent.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
      }
    }
    if (top == null) {
      return List.of();
    }
    Comparator<OrganizationRef> byName =
        Comparator.comparing(OrganizationRef::name, VietnameseText.order());
    List<OrganizationRef> ordered = new ArrayList<>(members.size());
    Deque<OrganizationRef> stack = new ArrayDeque<>();
    stack.push(top);
    while (!stack.isEmpty()) {
      OrganizationRef o = stack.pop();
      ordered.add(o);
      List<OrganizationRef> children = new ArrayList<>(byParent.getOrDefault(o.id(), List.of()));
      children.sort(byName.reversed());
      children.forEach(stack::push);
    }
    return ordered;
  }

  @Override
  public boolean isWithin(long organizationId, long topId) {
    if (organizationId == topId) {
      return true;
    }
    Number found =
        (Number)
            em.createNativeQuery(
                    "WITH RECURSIVE up (id, parent_id) AS (SELECT id, parent_id FROM organization"
                        + " WHERE id = ?1 UNION ALL SELECT p.id, p.parent_id FROM organization p"
                        + " JOIN up ON p.id = up.parent_id) SELECT COUNT(*) FROM up WHERE id = ?2")
                .setParameter(1, organizationId)
                .setParameter(2, topId)
                .getSingleResult();
    return found.longValue() > 0;
  }

  private List<OrganizationRef> rows(String sql, Object... params) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    List<OrganizationRef> result = new ArrayList<>();
    for (Object row : query.getResultList()) {
      result.add(ref((Object[]) row));
    }
    return result;
  }

  /**
   * One row of {@link #COLUMNS} as a reference.
   *
   * @param r the row
   * @return the organization
   */
  static OrganizationRef ref(Object[] r) {
    return new OrganizationRef(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        OrganizationKind.valueOf((String) r[3]),
        Sector.valueOf((String) r[4]),
        r[5] == null ? null : ((Number) r[5]).longValue(),
        (String) r[6],
        date(r[7]),
        date(r[8]));
  }

  /**
   * The reference of an entity already loaded.
   *
   * @param o the entity
   * @return its values
   */
  public static OrganizationRef ref(OrganizationEntity o) {
    return new OrganizationRef(
        o.getId(),
        o.getCode(),
        o.getName(),
        o.getKind(),
        o.getSector(),
        o.getParent() == null ? null : o.getParent().getId(),
        o.getHostUnit() == null ? null : o.getHostUnit().getCode(),
        o.getEstablishedOn(),
        o.getDissolvedOn());
  }

  /**
   * A date column as native SQL returns it on MySQL/MariaDB or H2.
   *
   * @param value the column's value
   * @return the date, or null
   */
  static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
