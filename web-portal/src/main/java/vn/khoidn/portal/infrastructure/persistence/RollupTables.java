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
import java.util.TreeSet;
import javax.sql.DataSource;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.submission.FormStatus;
import vn.khoidn.portal.infrastructure.cache.ClusterCache;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationRecord;

/**
 * The tables a roll-up reads besides the figures, as plain rows straight from JDBC: every
 * organization and parent link, the forms and the plans of some periods. A national tree has 60,000
 * organizations and about as many forms a year; JPA spent three times as long turning these rows
 * into objects as the database spent finding them.
 */
@ApplicationScoped
public class RollupTables {

  @Resource(lookup = "java:app/jdbc/portal")
  private DataSource dataSource;

  @Inject private ClusterCache cache;

  /** Turns one row into a value. */
  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Every organization, as plain values, by id. */
  public List<OrganizationRecord> organizations() {
    return cache.get(
        "organizations",
        fingerprint(
            "SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(version), 0),"
                + " (SELECT COUNT(*) FROM host_unit), (SELECT COALESCE(SUM(version), 0) FROM"
                + " host_unit) FROM organization",
            List.of()),
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

  /** Every parent link: child code, parent code, valid from, valid until. */
  public List<Object[]> links() {
    return cache.get(
        "links",
        fingerprint(
            "SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(child_id), 0),"
                + " COALESCE(SUM(parent_id), 0), COUNT(valid_from), COUNT(valid_until),"
                + " COALESCE(SUM("
                + dayNumber("valid_from")
                + "), 0),"
                + " COALESCE(SUM("
                + dayNumber("valid_until")
                + "), 0) FROM organization_link",
            List.of()),
        this::readLinks,
        RollupTables::writeLinks,
        RollupTables::readLinks);
  }

  private List<Object[]> readLinks() {
    return query(
        "SELECT c.code, p.code, l.valid_from, l.valid_until FROM organization_link l"
            + " JOIN organization c ON c.id = l.child_id JOIN organization p ON p.id = l.parent_id",
        List.of(),
        rs ->
            new Object[] {
              rs.getString(1),
              rs.getString(2),
              rs.getObject(3, LocalDate.class),
              rs.getObject(4, LocalDate.class)
            });
  }

  /**
   * The forms of rounds for some periods: form id, organization code, period code, status ({@link
   * FormStatus}), when first submitted ({@link java.time.Instant}, or null), round id.
   *
   * @param periodCodes the periods
   * @return the forms
   */
  public List<Object[]> forms(Collection<String> periodCodes) {
    if (periodCodes.isEmpty()) {
      return List.of();
    }
    List<String> codes = List.copyOf(new TreeSet<>(periodCodes));
    return cache.get(
        "forms|" + codes,
        fingerprint(
            "SELECT COUNT(*), COALESCE(MAX(f.id), 0), COALESCE(SUM(f.version), 0),"
                + " COALESCE(SUM(f.organization_id), 0) FROM report_form f"
                + " JOIN reporting_round r ON r.id = f.round_id WHERE r.period_code IN ("
                + marks(codes.size())
                + ")",
            codes),
        () -> readForms(codes),
        RollupTables::writeForms,
        RollupTables::readForms);
  }

  private List<Object[]> readForms(Collection<String> periodCodes) {
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
          return new Object[] {
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            FormStatus.valueOf(rs.getString(4)),
            submitted == null ? null : submitted.toInstant(ZoneOffset.UTC),
            rs.getLong(6)
          };
        });
  }

  /**
   * The targets of some periods: organization code, indicator code, period code, target.
   *
   * @param periodCodes the periods
   * @return the targets
   */
  public List<Object[]> plans(Collection<String> periodCodes) {
    if (periodCodes.isEmpty()) {
      return List.of();
    }
    return query(
        "SELECT o.code, p.indicator_code, p.period_code, p.target FROM plan_target p"
            + " JOIN organization o ON o.id = p.organization_id WHERE p.period_code IN ("
            + marks(periodCodes.size())
            + ")",
        periodCodes,
        rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)});
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

  /** A date as a number that grows with it, in SQL that H2 and MariaDB both read; 0 for none. */
  private static String dayNumber(String column) {
    return "CASE WHEN "
        + column
        + " IS NULL THEN 0 ELSE EXTRACT(YEAR FROM "
        + column
        + ") * 372 + EXTRACT(MONTH FROM "
        + column
        + ") * 31 + EXTRACT(DAY FROM "
        + column
        + ") END";
  }

  /** One row of aggregates as a string. */
  private String fingerprint(String sql, Collection<String> params) {
    List<String> rows =
        query(
            sql,
            params,
            rs -> {
              StringBuilder b = new StringBuilder();
              for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                b.append(rs.getString(i)).append('|');
              }
              return b.toString();
            });
    return rows.get(0);
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
      ClusterCache.writeNullable(out, o.hostUnitCode());
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
              ClusterCache.readNullable(in)));
    }
    return orgs;
  }

  private static void writeLinks(List<Object[]> links, DataOutputStream out) throws IOException {
    out.writeInt(links.size());
    for (Object[] l : links) {
      out.writeUTF((String) l[0]);
      out.writeUTF((String) l[1]);
      writeDate(out, (LocalDate) l[2]);
      writeDate(out, (LocalDate) l[3]);
    }
  }

  private static List<Object[]> readLinks(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Object[]> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      links.add(new Object[] {in.readUTF(), in.readUTF(), readDate(in), readDate(in)});
    }
    return links;
  }

  private static void writeForms(List<Object[]> forms, DataOutputStream out) throws IOException {
    out.writeInt(forms.size());
    for (Object[] f : forms) {
      out.writeLong((Long) f[0]);
      out.writeUTF((String) f[1]);
      out.writeUTF((String) f[2]);
      out.writeUTF(((FormStatus) f[3]).name());
      Instant submitted = (Instant) f[4];
      out.writeBoolean(submitted != null);
      if (submitted != null) {
        out.writeLong(submitted.getEpochSecond());
        out.writeInt(submitted.getNano());
      }
      out.writeLong((Long) f[5]);
    }
  }

  private static List<Object[]> readForms(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Object[]> forms = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long id = in.readLong();
      String org = in.readUTF();
      String period = in.readUTF();
      FormStatus status = FormStatus.valueOf(in.readUTF());
      Instant submitted =
          in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
      forms.add(new Object[] {id, org, period, status, submitted, in.readLong()});
    }
    return forms;
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
