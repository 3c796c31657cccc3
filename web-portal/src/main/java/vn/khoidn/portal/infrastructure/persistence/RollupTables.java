package vn.khoidn.portal.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.period.CalendarPeriod;
import vn.khoidn.domain.plan.Plan;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.application.organization.OrganizationRecord;
import vn.khoidn.portal.application.organization.ParentLink;
import vn.khoidn.portal.application.organization.TreeRecords;
import vn.khoidn.portal.application.organization.TreeSource;
import vn.khoidn.portal.application.rollup.DerivedCache;
import vn.khoidn.portal.application.rollup.RollupSource;
import vn.khoidn.portal.application.rollup.RoundForm;
import vn.khoidn.portal.infrastructure.cache.ClusterCache;
import vn.khoidn.portal.infrastructure.cache.DataSet;

/**
 * The tables a roll-up reads besides the figures, as plain rows straight from JDBC: every
 * organization and parent link, the forms and the plans of some periods. A national tree has 60,000
 * organizations and about as many forms a year; JPA spent three times as long turning these rows
 * into objects as the database spent finding them.
 *
 * <p>What is read is kept in the {@link ClusterCache} under the stamps of the {@linkplain DataSet
 * sets} of tables it comes from, which the writes of those tables replace: forms and plans carry
 * organization codes, so they also depend on the tree.
 */
@ApplicationScoped
public class RollupTables implements TreeSource, RollupSource {

  private static final Set<DataSet> TREE = Set.of(DataSet.TREE);
  private static final Set<DataSet> FORMS = Set.of(DataSet.FORMS, DataSet.TREE);
  private static final Set<DataSet> PLANS = Set.of(DataSet.PLANS, DataSet.TREE);

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  @Inject private ClusterCache cache;

  /** Turns one row into a value. */
  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  @Override
  public List<OrganizationRecord> organizations() {
    return cache.get(
        "organizations",
        TREE,
        this::readOrganizations,
        RollupTables::writeOrganizations,
        RollupTables::readOrganizations);
  }

  private List<OrganizationRecord> readOrganizations() {
    return query(
        "SELECT o.id, o.code, o.name, o.kind, o.sector, o.established_on, o.dissolved_on, u.code"
            + " FROM organization o LEFT JOIN host_unit u ON u.id = o.host_unit_id ORDER BY o.id",
        List.of(),
        rs ->
            new OrganizationRecord(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                OrganizationKind.valueOf(rs.getString(4)),
                Sector.valueOf(rs.getString(5)),
                rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class),
                rs.getString(8)));
  }

  @Override
  public List<ParentLink> links() {
    return cache.get(
        "links", TREE, this::readLinks, RollupTables::writeLinks, RollupTables::readLinks);
  }

  private List<ParentLink> readLinks() {
    return query(
        "SELECT c.code, p.code, l.valid_from, l.valid_until FROM organization_link l"
            + " JOIN organization c ON c.id = l.child_id JOIN organization p ON p.id = l.parent_id",
        List.of(),
        rs ->
            new ParentLink(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class)));
  }

  @Override
  public List<TreeRecords.Rename> renames() {
    return cache.get(
        "renames",
        TREE,
        () ->
            query(
                "SELECT o.code, n.name, n.previous_name, n.valid_from FROM organization_name n"
                    + " JOIN organization o ON o.id = n.organization_id",
                List.of(),
                rs ->
                    new TreeRecords.Rename(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class))),
        (renames, out) -> {
          out.writeInt(renames.size());
          for (TreeRecords.Rename r : renames) {
            out.writeUTF(r.code());
            out.writeUTF(r.name());
            out.writeUTF(r.previousName());
            writeDate(out, r.from());
          }
        },
        in -> {
          int n = in.readInt();
          List<TreeRecords.Rename> renames = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            renames.add(
                new TreeRecords.Rename(in.readUTF(), in.readUTF(), in.readUTF(), readDate(in)));
          }
          return renames;
        });
  }

  @Override
  public List<TreeRecords.Succession> successions() {
    return cache.get(
        "successions",
        TREE,
        () ->
            query(
                "SELECT p.code, s.code, x.succeeded_on FROM organization_successor x"
                    + " JOIN organization p ON p.id = x.predecessor_id"
                    + " JOIN organization s ON s.id = x.successor_id",
                List.of(),
                rs ->
                    new TreeRecords.Succession(
                        rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class))),
        (successions, out) -> {
          out.writeInt(successions.size());
          for (TreeRecords.Succession x : successions) {
            out.writeUTF(x.predecessorCode());
            out.writeUTF(x.successorCode());
            writeDate(out, x.on());
          }
        },
        in -> {
          int n = in.readInt();
          List<TreeRecords.Succession> successions = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            successions.add(new TreeRecords.Succession(in.readUTF(), in.readUTF(), readDate(in)));
          }
          return successions;
        });
  }

  @Override
  public List<RoundForm> forms(Collection<String> periodCodes) {
    if (periodCodes.isEmpty()) {
      return List.of();
    }
    List<String> codes = List.copyOf(new TreeSet<>(periodCodes));
    return cache.get(
        "forms|" + codes,
        FORMS,
        () -> readForms(codes),
        RollupTables::writeForms,
        RollupTables::readForms);
  }

  private List<RoundForm> readForms(Collection<String> periodCodes) {
    return query(
        "SELECT f.id, o.code, r.period_code, f.status,"
            + " COALESCE(f.first_submitted_at, f.submitted_at), r.id FROM report_form f"
            + " JOIN organization o ON o.id = f.organization_id"
            + " JOIN reporting_round r ON r.id = f.round_id WHERE r.period_code IN ("
            + marks(periodCodes.size())
            + ")",
        periodCodes,
        rs -> {
          LocalDateTime submitted = rs.getObject(5, LocalDateTime.class);
          return new RoundForm(
              rs.getLong(1),
              rs.getString(2),
              rs.getString(3),
              FormStatus.valueOf(rs.getString(4)),
              submitted == null ? null : submitted.toInstant(ZoneOffset.UTC),
              rs.getLong(6));
        });
  }

  @Override
  public List<Plan> plans(Collection<String> periodCodes) {
    if (periodCodes.isEmpty()) {
      return List.of();
    }
    List<String> codes = List.copyOf(new TreeSet<>(periodCodes));
    return cache.get(
        "plans|" + codes,
        PLANS,
        () -> readPlans(codes),
        RollupTables::writePlans,
        RollupTables::readPlans);
  }

  private List<Plan> readPlans(Collection<String> periodCodes) {
    return query(
        "SELECT o.code, p.indicator_code, p.period_code, p.target FROM plan_target p"
            + " JOIN organization o ON o.id = p.organization_id WHERE p.period_code IN ("
            + marks(periodCodes.size())
            + ")",
        periodCodes,
        rs ->
            new Plan(
                rs.getString(1),
                rs.getString(2),
                CalendarPeriod.parse(rs.getString(3)),
                rs.getLong(4)));
  }

  private <T> List<T> query(String sql, Collection<String> params, RowMapper<T> mapper) {
    List<T> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      for (String p : params) {
        s.setString(i++, p);
      }
      s.setFetchSize(10_000);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Không đọc được dữ liệu / roll-up data could not be read", e);
    }
    return rows;
  }

  private static void writeOrganizations(List<OrganizationRecord> orgs, DataOutputStream out)
      throws IOException {
    out.writeInt(orgs.size());
    for (OrganizationRecord o : orgs) {
      out.writeLong(o.id());
      out.writeUTF(o.code());
      out.writeUTF(o.name());
      out.writeUTF(o.kind().name());
      out.writeUTF(o.sector().name());
      writeDate(out, o.establishedOn());
      writeDate(out, o.dissolvedOn());
      DerivedCache.writeNullable(out, o.hostUnitCode());
    }
  }

  private static List<OrganizationRecord> readOrganizations(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<OrganizationRecord> orgs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      orgs.add(
          new OrganizationRecord(
              in.readLong(),
              in.readUTF(),
              in.readUTF(),
              OrganizationKind.valueOf(in.readUTF()),
              Sector.valueOf(in.readUTF()),
              readDate(in),
              readDate(in),
              DerivedCache.readNullable(in)));
    }
    return orgs;
  }

  private static void writeLinks(List<ParentLink> links, DataOutputStream out) throws IOException {
    out.writeInt(links.size());
    for (ParentLink l : links) {
      out.writeUTF(l.childCode());
      out.writeUTF(l.parentCode());
      writeDate(out, l.validFrom());
      writeDate(out, l.validUntil());
    }
  }

  private static List<ParentLink> readLinks(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<ParentLink> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      links.add(new ParentLink(in.readUTF(), in.readUTF(), readDate(in), readDate(in)));
    }
    return links;
  }

  private static void writeForms(List<RoundForm> forms, DataOutputStream out) throws IOException {
    out.writeInt(forms.size());
    for (RoundForm f : forms) {
      out.writeLong(f.formId());
      out.writeUTF(f.organizationCode());
      out.writeUTF(f.periodCode());
      out.writeUTF(f.status().name());
      Instant submitted = f.firstSubmittedAt();
      out.writeBoolean(submitted != null);
      if (submitted != null) {
        out.writeLong(submitted.getEpochSecond());
        out.writeInt(submitted.getNano());
      }
      out.writeLong(f.roundId());
    }
  }

  private static List<RoundForm> readForms(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<RoundForm> forms = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long id = in.readLong();
      String org = in.readUTF();
      String period = in.readUTF();
      FormStatus status = FormStatus.valueOf(in.readUTF());
      Instant submitted =
          in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
      forms.add(new RoundForm(id, org, period, status, submitted, in.readLong()));
    }
    return forms;
  }

  private static void writePlans(List<Plan> plans, DataOutputStream out) throws IOException {
    out.writeInt(plans.size());
    for (Plan p : plans) {
      out.writeUTF(p.organizationCode());
      out.writeUTF(p.indicatorCode());
      out.writeUTF(p.period().code());
      out.writeLong(p.target());
    }
  }

  private static List<Plan> readPlans(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Plan> plans = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      plans.add(
          new Plan(in.readUTF(), in.readUTF(), CalendarPeriod.parse(in.readUTF()), in.readLong()));
    }
    return plans;
  }

  private static void writeDate(DataOutputStream out, LocalDate date) throws IOException {
    out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
  }

  private static LocalDate readDate(DataInputStream in) throws IOException {
    long day = in.readLong();
    return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
  }

  private static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }
}
