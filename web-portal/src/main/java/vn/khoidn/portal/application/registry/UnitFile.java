package vn.khoidn.portal.application.registry;

import java.util.ArrayList;
import java.util.List;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.TaxCode;

/**
 * The columns of a registry file, the same for the API's CSV and JSON and the registry page's XLSX,
 * for import and export alike: an exported file imported again changes nothing.
 *
 * <p>The youth union and the trade union of a unit are columns of the same row (their members and
 * the day each was established; a blank day: the unit has none). {@code version} is the unit's
 * stored version when it was exported: a row that carries it is refused if the unit changed since.
 */
public final class UnitFile {

  /** Every column, in the order an export writes them. */
  public static final List<String> COLUMNS =
      List.of(
          "code",
          "name",
          "legal_form",
          "sector",
          "tax_code",
          "district",
          "employees",
          "party_members",
          "probationary_party_members",
          "owner_party_member",
          "youth_union_members",
          "youth_union_established",
          "trade_union_members",
          "trade_union_established",
          "version");

  /** The columns a file must have; a missing other column keeps the stored value. */
  public static final List<String> REQUIRED =
      List.of(
          "code",
          "name",
          "legal_form",
          "sector",
          "tax_code",
          "district",
          "employees",
          "party_members",
          "owner_party_member");

  private UnitFile() {}

  /**
   * The units as CSV (RFC 4180, UTF-8 text), the header first: what the API's export writes.
   *
   * @param units the units
   * @return the text
   */
  public static String csv(List<RegisteredUnit> units) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (org.apache.commons.csv.CSVPrinter printer =
        new org.apache.commons.csv.CSVPrinter(
            out,
            org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader(COLUMNS.toArray(String[]::new))
                .get())) {
      for (RegisteredUnit u : units) {
        printer.printRecord(values(u));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A stored unit as one row: text, whole numbers (Integer, Long) and a Boolean, in {@link
   * #COLUMNS}' order; a missing value is an empty text.
   *
   * @param stored the unit
   * @return its values
   */
  public static List<Object> values(RegisteredUnit stored) {
    HostUnit u = stored.unit();
    List<Object> row = new ArrayList<>();
    row.add(u.code());
    row.add(u.name());
    row.add(u.legalForm() == null ? "" : u.legalForm().name());
    row.add(u.sector().name());
    row.add(u.tax().map(TaxCode::value).orElse(""));
    row.add(u.district() == null ? "" : u.district());
    row.add(u.employees());
    row.add(u.officialPartyMembers());
    row.add(u.probationaryPartyMembers());
    row.add(u.ownerIsPartyMember());
    row.add(u.youthUnionMembers());
    row.add(
        stored.youthUnionEstablished() == null ? "" : stored.youthUnionEstablished().toString());
    row.add(u.tradeUnionMembers());
    row.add(
        stored.tradeUnionEstablished() == null ? "" : stored.tradeUnionEstablished().toString());
    row.add(stored.version());
    return row;
  }
}
