package vn.khoidn.portal.application.rollup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khoidn.domain.indicator.DataValue;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.period.Period;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Registry;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.rollup.Breakdown;
import vn.khoidn.domain.rollup.Dataset;
import vn.khoidn.domain.rollup.Rollup;
import vn.khoidn.domain.rollup.RollupQuery;
import vn.khoidn.domain.rollup.RollupResult;
import vn.khoidn.domain.rollup.Submission;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.domain.validation.FormEntry;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaRollupRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;

/**
 * Live roll-ups from the database: no nightly job. Reads the tree with its history, the accepted
 * figures (and, on request, the submitted ones), the plans and the submissions, and hands them to
 * domain-core's {@link Rollup}.
 *
 * <p>Until host units are stored, each organization stands for its own host unit, with the sector
 * it carries.
 */
@ApplicationScoped
public class RollupService {

  private static final ZoneId BLOC_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  @Inject private JpaRollupRepository repository;
  @Inject private JpaOrganizationRepository organizations;
  @Inject private AccessPolicy access;

  /**
   * Rolls up an organization's subtree.
   *
   * @param username the user, who must work on that organization
   * @param organizationCode the top of the subtree
   * @param period the period
   * @param indicatorCodes the indicators
   * @param includeSubmitted whether submitted (not yet accepted) figures count too
   * @return the result
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RollupResult rollup(
      String username,
      String organizationCode,
      Period period,
      List<String> indicatorCodes,
      boolean includeSubmitted) {
    Actor actor = access.actor(username);
    OrganizationEntity top =
        organizations
            .findByCode(organizationCode)
            .orElseThrow(() -> new AccessDeniedException("Bạn không có quyền xem tổ chức này."));
    if (!access.covers(actor, top)) {
      throw new AccessDeniedException("Bạn không có quyền xem tổ chức này.");
    }
    LocalDate deadline = repository.deadlineOf(period.code());
    RollupQuery query =
        new RollupQuery(organizationCode, period, indicatorCodes, Breakdown.SECTOR, deadline);
    return Rollup.compute(query, dataset(includeSubmitted));
  }

  private Dataset dataset(boolean includeSubmitted) {
    List<OrganizationEntity> orgs = repository.organizations();
    List<HostUnit> units = new ArrayList<>();
    for (OrganizationEntity o : orgs) {
      units.add(
          HostUnit.of(hostUnit(o.getCode()), o.getName(), legalForm(o.getSector()), o.getSector()));
    }
    return new Dataset(
        tree(orgs), Registry.of(units), values(includeSubmitted), plans(), submissions());
  }

  /** The tree with its history: the first link adds an organization, later links are moves. */
  private OrganizationTree tree(List<OrganizationEntity> orgs) {
    Map<String, List<Object[]>> linksByChild = new HashMap<>();
    for (Object[] l : repository.links()) {
      linksByChild.computeIfAbsent((String) l[0], k -> new ArrayList<>()).add(l);
    }
    linksByChild
        .values()
        .forEach(
            ls ->
                ls.sort(
                    Comparator.comparing(
                        (Object[] l) -> (LocalDate) l[2],
                        Comparator.nullsFirst(Comparator.naturalOrder()))));
    OrganizationTree.Builder builder = OrganizationTree.builder();
    Set<String> added = new HashSet<>();
    List<OrganizationEntity> pending = new ArrayList<>(orgs);
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        OrganizationEntity o = it.next();
        List<Object[]> links = linksByChild.getOrDefault(o.getCode(), List.of());
        Organization org =
            new Organization(
                o.getCode(),
                o.getName(),
                o.getKind(),
                hostUnit(o.getCode()),
                o.getEstablishedOn(),
                o.getDissolvedOn());
        if (links.isEmpty()) {
          builder.add(org);
        } else if (added.contains((String) links.get(0)[1])) {
          builder.add(org, (String) links.get(0)[1]);
        } else {
          continue;
        }
        added.add(o.getCode());
        it.remove();
        progress = true;
      }
    }
    if (!pending.isEmpty()) {
      throw new IllegalStateException(
          "The organization tree has links to unknown or circular parents: "
              + pending.stream().map(OrganizationEntity::getCode).toList());
    }
    for (Map.Entry<String, List<Object[]>> e : linksByChild.entrySet()) {
      for (Object[] l : e.getValue().subList(1, e.getValue().size())) {
        builder.move(e.getKey(), (String) l[1], (LocalDate) l[2]);
      }
    }
    return builder.build();
  }

  /**
   * A form's total and its parts become values as domain-core's {@link FormEntry} says: never
   * counted twice.
   */
  private List<DataValue> values(boolean includeSubmitted) {
    List<FormStatus> statuses =
        includeSubmitted
            ? List.of(FormStatus.ACCEPTED, FormStatus.SUBMITTED)
            : List.of(FormStatus.ACCEPTED);
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Object[] row : repository.values(statuses)) {
      String key = row[0] + "|" + row[1] + "|" + row[2] + "|" + row[5];
      Entry e =
          entries.computeIfAbsent(
              key, k -> new Entry((String) row[0], (String) row[1], (String) row[2]));
      if (row[3] == null) {
        e.total = (BigDecimal) row[4];
      } else {
        e.parts.merge((Sector) row[3], (BigDecimal) row[4], BigDecimal::add);
      }
    }
    List<DataValue> values = new ArrayList<>();
    for (Entry e : entries.values()) {
      values.addAll(
          new FormEntry(e.org, CalendarPeriod.parse(e.period), e.indicator, e.total, e.parts)
              .toDataValues());
    }
    return values;
  }

  private List<Plan> plans() {
    List<Plan> plans = new ArrayList<>();
    for (Object[] row : repository.plans()) {
      plans.add(
          new Plan(
              (String) row[0],
              (String) row[1],
              CalendarPeriod.parse((String) row[2]),
              (Long) row[3]));
    }
    return plans;
  }

  private List<Submission> submissions() {
    List<Submission> submissions = new ArrayList<>();
    for (Object[] row : repository.submissions()) {
      submissions.add(
          new Submission(
              (String) row[0],
              CalendarPeriod.parse((String) row[1]),
              LocalDate.ofInstant((Instant) row[2], BLOC_ZONE)));
    }
    return submissions;
  }

  private static String hostUnit(String organizationCode) {
    return "ORG:" + organizationCode;
  }

  private static LegalForm legalForm(Sector sector) {
    return switch (sector) {
      case STATE -> LegalForm.STATE_OWNED;
      case NON_STATE -> LegalForm.JOINT_STOCK;
      case CREDIT -> LegalForm.BANK_BRANCH;
      case OTHER -> LegalForm.AGENCY;
    };
  }

  /** A figure being assembled from its total row and its part rows. */
  private static final class Entry {
    final String org;
    final String period;
    final String indicator;
    BigDecimal total;
    final Map<Sector, BigDecimal> parts = new EnumMap<>(Sector.class);

    Entry(String org, String period, String indicator) {
      this.org = org;
      this.period = period;
      this.indicator = indicator;
    }
  }
}
