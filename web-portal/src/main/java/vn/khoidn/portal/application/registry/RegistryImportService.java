package vn.khoidn.portal.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.khoidn.domain.format.CountInput;
import vn.khoidn.domain.format.DateInput;
import vn.khoidn.domain.format.NameInput;
import vn.khoidn.domain.format.VietnameseText;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.LegalForm;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.registry.TaxCode;
import vn.khoidn.domain.validation.InvalidValueException;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.audit.AuditEntry;
import vn.khoidn.portal.application.audit.AuditTrail;
import vn.khoidn.portal.application.exchange.ImportRejectedException;
import vn.khoidn.portal.application.exchange.ImportSummary;
import vn.khoidn.portal.application.exchange.RowError;
import vn.khoidn.portal.application.submission.ConcurrentEditException;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * The registry from a file: host units upserted by code, all rows or none, and the registry
 * exported in the same columns ({@link UnitFile}). Every wrong cell is refused naming its row and
 * its column; a unit changed by someone else since the file was exported (its {@code version}) or
 * while the file is written is not overwritten.
 */
@ApplicationScoped
public class RegistryImportService {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,39}");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy", VietnameseText.VIETNAMESE);

  @Inject private HostUnitRepository units;
  @Inject private AuditTrail audit;
  @Inject private AccessPolicy access;
  @Inject private PortalClock clock;

  /** For CDI. */
  protected RegistryImportService() {}

  /**
   * An import over its ports, e.g. in memory for a test.
   *
   * @param units the stored units
   * @param audit the audit trail
   * @param access who may do what
   * @param clock the clock
   */
  public RegistryImportService(
      HostUnitRepository units, AuditTrail audit, AccessPolicy access, PortalClock clock) {
    this.units = units;
    this.audit = audit;
    this.access = access;
    this.clock = clock;
  }

  /**
   * The registry as rows of {@link UnitFile#COLUMNS}, in Vietnamese name order.
   *
   * @param username staff, standing committee or administrator (who see the registry page)
   * @return the units
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<RegisteredUnit> export(String username) {
    Actor actor = access.actor(username);
    if (!actor.isStaff() && !actor.roles().contains(Role.STANDING_COMMITTEE)) {
      throw new AccessDeniedException(
          "Chỉ Ban Thường vụ, Ban Tổ chức và quản trị viên được xem danh bạ đơn vị.");
    }
    return units.all();
  }

  /**
   * Checks every row and, unless it is a dry run, stores them: all rows or none.
   *
   * @param username staff or administrator
   * @param rows the rows, in file order
   * @param dryRun whether to check only
   * @return how many units were (or would be) added, changed and left as they were
   * @throws ImportRejectedException if any cell is wrong, each named by row and column
   * @throws ConcurrentEditException if a unit changed while the file was being written
   */
  @Transactional
  public ImportSummary importUnits(String username, List<UnitFileRow> rows, boolean dryRun) {
    Actor actor = access.actor(username);
    if (!actor.isStaff()) {
      throw new AccessDeniedException("Chỉ Ban Tổ chức và quản trị viên được sửa danh bạ đơn vị.");
    }
    Map<String, RegisteredUnit> stored = new HashMap<>();
    for (RegisteredUnit u : units.all()) {
      stored.put(u.code(), u);
    }
    LocalDate today = clock.today();
    List<RowError> errors = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    Map<String, Integer> codeLine = new HashMap<>();
    for (UnitFileRow r : rows) {
      Cells c = new Cells(r, errors);
      String code = c.text("code").toUpperCase(Locale.ROOT);
      if (!CODE.matcher(code).matches()) {
        c.refuse(
            "code",
            "INVALID_UNIT_CODE",
            "mã đơn vị \""
                + code
                + "\" gồm 2-40 chữ in hoa, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.");
      } else {
        Integer first = codeLine.putIfAbsent(code, r.line());
        if (first != null) {
          c.refuse("code", "DUPLICATE_CODE", "mã " + code + " đã có ở dòng " + first + ".");
        }
      }
      RegisteredUnit old = stored.get(code);
      String name = c.name();
      LegalForm legalForm = c.legalForm(old);
      Sector sector = c.sector(old);
      TaxCode tax = c.tax(old);
      String district = c.district(old);
      int employees = c.count("employees", old == null ? null : old.unit().employees());
      int official =
          c.count("party_members", old == null ? null : old.unit().officialPartyMembers());
      int probationary =
          c.count(
              "probationary_party_members",
              old == null ? 0 : old.unit().probationaryPartyMembers());
      boolean owner = c.yesNo("owner_party_member", old != null && old.unit().ownerIsPartyMember());
      int youth = c.count("youth_union_members", old == null ? 0 : old.unit().youthUnionMembers());
      int trade = c.count("trade_union_members", old == null ? 0 : old.unit().tradeUnionMembers());
      LocalDate youthDay =
          c.date(
              "youth_union_established", old == null ? null : old.youthUnionEstablished(), today);
      LocalDate tradeDay =
          c.date(
              "trade_union_established", old == null ? null : old.tradeUnionEstablished(), today);
      c.version(old);
      if (c.refused()) {
        continue;
      }
      HostUnit unit;
      try {
        unit =
            new HostUnit(
                code,
                name,
                legalForm,
                sector,
                tax,
                district,
                employees,
                official,
                probationary,
                youth,
                trade,
                owner,
                List.of());
      } catch (InvalidValueException e) {
        errors.add(new RowError(r.line(), e.code(), e.getMessage()));
        continue;
      }
      checked.add(new Checked(r.line(), unit, youthDay, tradeDay, old));
    }
    refuseSharedTaxCodes(checked, stored, errors);
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(RowError::line));
      throw new ImportRejectedException(
          errors,
          "Tệp có "
              + errors.stream().map(RowError::line).distinct().count()
              + " dòng không hợp lệ; không có đơn vị nào được ghi.");
    }
    Instant now = clock.now();
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    List<ImportSummary.RowResult> results = new ArrayList<>();
    for (Checked c : checked) {
      RegisteredUnit old = c.old();
      String outcome;
      if (old == null) {
        added++;
        outcome = "imported";
        if (!dryRun) {
          units.add(c.unit(), c.youthUnion(), c.tradeUnion(), actor.username(), now);
          auditChange(actor, now, c.unit().code(), null, c);
        }
      } else if (same(old, c)) {
        unchanged++;
        outcome = "unchanged";
      } else {
        changed++;
        outcome = "updated";
        if (!dryRun) {
          try {
            units.update(
                c.unit(), c.youthUnion(), c.tradeUnion(), old.version(), actor.username(), now);
          } catch (HostUnitChangedException e) {
            throw changedMeanwhile(c.line(), c.unit().code(), e.updatedBy(), e.updatedAt());
          }
          auditChange(
              actor,
              now,
              c.unit().code(),
              describe(old.unit(), old.youthUnionEstablished(), old.tradeUnionEstablished()),
              c);
        }
      }
      results.add(new ImportSummary.RowResult(c.line(), outcome, null, null));
    }
    return new ImportSummary(dryRun, rows.size(), added, changed, unchanged, results);
  }

  /**
   * A tax code names one unit: refused when two rows, or a row and another stored unit, share it.
   */
  private static void refuseSharedTaxCodes(
      List<Checked> checked, Map<String, RegisteredUnit> stored, List<RowError> errors) {
    Map<String, String> holder = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (RegisteredUnit u : stored.values()) {
      u.unit().tax().ifPresent(t -> holder.put(t.value(), u.code()));
    }
    // The rows' codes give up their stored tax codes: the file may move a tax code between units.
    for (Checked c : checked) {
      if (c.old() != null) {
        c.old().unit().tax().ifPresent(t -> holder.remove(t.value(), c.unit().code()));
      }
    }
    for (Checked c : checked) {
      c.unit()
          .tax()
          .ifPresent(
              t -> {
                Integer line = lineOf.putIfAbsent(t.value(), c.line());
                String other = holder.get(t.value());
                if (line != null) {
                  errors.add(
                      new RowError(
                          c.line(),
                          "DUPLICATE_TAX_CODE",
                          "Dòng "
                              + c.line()
                              + ", cột tax_code: mã số thuế "
                              + t
                              + " đã có ở dòng "
                              + line
                              + " của tệp.",
                          "tax_code"));
                } else if (other != null && !other.equals(c.unit().code())) {
                  errors.add(
                      new RowError(
                          c.line(),
                          "TAX_CODE_IN_USE",
                          "Dòng "
                              + c.line()
                              + ", cột tax_code: mã số thuế "
                              + t
                              + " đã là của đơn vị "
                              + other
                              + ".",
                          "tax_code"));
                }
              });
    }
  }

  private static boolean same(RegisteredUnit old, Checked c) {
    HostUnit a = old.unit();
    HostUnit b = c.unit();
    return a.name().equals(b.name())
        && a.legalForm() == b.legalForm()
        && a.sector() == b.sector()
        && Objects.equals(a.taxCode(), b.taxCode())
        && Objects.equals(a.district(), b.district())
        && a.employees() == b.employees()
        && a.officialPartyMembers() == b.officialPartyMembers()
        && a.probationaryPartyMembers() == b.probationaryPartyMembers()
        && a.youthUnionMembers() == b.youthUnionMembers()
        && a.tradeUnionMembers() == b.tradeUnionMembers()
        && a.ownerIsPartyMember() == b.ownerIsPartyMember()
        && Objects.equals(old.youthUnionEstablished(), c.youthUnion())
        && Objects.equals(old.tradeUnionEstablished(), c.tradeUnion());
  }

  private void auditChange(Actor actor, Instant now, String code, String old, Checked c) {
    audit.record(
        new AuditEntry(
            now,
            actor.username(),
            null,
            null,
            "host_unit:" + code,
            old,
            describe(c.unit(), c.youthUnion(), c.tradeUnion())));
  }

  private static String describe(HostUnit u, LocalDate youthUnion, LocalDate tradeUnion) {
    return RegistryService.describe(u, youthUnion, tradeUnion);
  }

  private ConcurrentEditException changedMeanwhile(
      int line, String code, String updatedBy, Instant updatedAt) {
    return new ConcurrentEditException(
        "Dòng "
            + line
            + ": đơn vị "
            + code
            + " vừa được "
            + (updatedBy == null ? "người khác" : updatedBy)
            + " sửa"
            + (updatedAt == null ? "" : " lúc " + TIME.withZone(clock.zone()).format(updatedAt))
            + " trong khi tệp đang được ghi; không có đơn vị nào được ghi. Hãy tải lại danh bạ"
            + " rồi gửi lại tệp.");
  }

  /** The cells of one row, read one by one; each refusal names the row and the column. */
  private final class Cells {
    private final UnitFileRow row;
    private final List<RowError> errors;
    private final int before;

    Cells(UnitFileRow row, List<RowError> errors) {
      this.row = row;
      this.errors = errors;
      this.before = errors.size();
    }

    boolean refused() {
      return errors.size() > before;
    }

    void refuse(String column, String code, String message) {
      errors.add(
          new RowError(
              row.line(), code, "Dòng " + row.line() + ", cột " + column + ": " + message, column));
    }

    /** The cell, NFC and stripped; empty if blank or absent. */
    String text(String column) {
      String v = row.get(column);
      return v == null ? "" : VietnameseText.nfc(v).strip();
    }

    boolean absent(String column) {
      return row.get(column) == null;
    }

    String name() {
      try {
        return NameInput.check(text("name"), "tên đơn vị");
      } catch (InvalidValueException e) {
        refuse("name", e.code(), lower(e.getMessage()));
        return null;
      }
    }

    LegalForm legalForm(RegisteredUnit old) {
      if (absent("legal_form") && old != null && old.unit().legalForm() != null) {
        return old.unit().legalForm();
      }
      String t = text("legal_form");
      for (LegalForm f : LegalForm.values()) {
        if (f.name().equalsIgnoreCase(t) || VietnameseText.sameName(f.vietnameseLabel(), t)) {
          return f;
        }
      }
      refuse(
          "legal_form",
          "UNKNOWN_LEGAL_FORM",
          "loại hình \""
              + t
              + "\" không có trong danh mục; dùng một trong: "
              + String.join(", ", Arrays.stream(LegalForm.values()).map(Enum::name).toList())
              + ".");
      return null;
    }

    Sector sector(RegisteredUnit old) {
      if (absent("sector") && old != null) {
        return old.unit().sector();
      }
      String t = text("sector");
      for (Sector s : Sector.values()) {
        if (s.name().equalsIgnoreCase(t) || VietnameseText.sameName(s.vietnameseLabel(), t)) {
          return s;
        }
      }
      refuse(
          "sector",
          "UNKNOWN_SECTOR",
          "khu vực \""
              + t
              + "\" không có trong danh mục; dùng STATE, NON_STATE, CREDIT hoặc OTHER.");
      return null;
    }

    TaxCode tax(RegisteredUnit old) {
      if (absent("tax_code")) {
        return old == null ? null : old.unit().taxCode();
      }
      String t = text("tax_code");
      if (t.isEmpty()) {
        return null;
      }
      try {
        return TaxCode.parse(t);
      } catch (InvalidValueException e) {
        refuse("tax_code", e.code(), lower(e.getMessage()));
        return null;
      }
    }

    String district(RegisteredUnit old) {
      if (absent("district")) {
        return old == null ? null : old.unit().district();
      }
      String t = text("district").replaceAll("\\s+", " ");
      if (t.codePointCount(0, t.length()) > 100) {
        refuse("district", "DISTRICT_TOO_LONG", "tên huyện dài quá 100 ký tự.");
      }
      return t.isEmpty() ? null : t;
    }

    /** A count; absent: the stored value, or the default (null: the column is required). */
    int count(String column, Integer otherwise) {
      if (absent(column) && otherwise != null) {
        return otherwise;
      }
      String t = text(column);
      if (t.isEmpty()) {
        refuse(column, "MISSING_COUNT", "cần một số (0 nếu không có).");
        return 0;
      }
      try {
        // CountInput allows at most 10^9, which an int holds.
        return (int) CountInput.parse(t);
      } catch (CountInput.Refused e) {
        refuse(column, e.code(), lower(e.getMessage()));
        return 0;
      }
    }

    boolean yesNo(String column, boolean otherwise) {
      if (absent(column)) {
        return otherwise;
      }
      String t = text(column).toLowerCase(VietnameseText.VIETNAMESE);
      switch (t) {
        case "true", "có", "1", "x" -> {
          return true;
        }
        case "false", "không", "0" -> {
          return false;
        }
        default -> {
          refuse(
              column,
              "INVALID_YES_NO",
              "\"" + text(column) + "\" không phải có/không; ghi true hoặc false.");
          return false;
        }
      }
    }

    LocalDate date(String column, LocalDate otherwise, LocalDate today) {
      if (absent(column)) {
        return otherwise;
      }
      String t = text(column);
      if (t.isEmpty()) {
        return null;
      }
      try {
        LocalDate d = DateInput.parse(t, "ngày thành lập");
        if (d.isAfter(today)) {
          refuse(column, "ESTABLISHED_IN_FUTURE", "ngày thành lập không được sau ngày hôm nay.");
        }
        return d;
      } catch (InvalidValueException e) {
        refuse(column, e.code(), lower(e.getMessage()));
        return null;
      }
    }

    void version(RegisteredUnit old) {
      String t = text("version");
      if (t.isEmpty() || old == null) {
        return;
      }
      if (!t.matches("[0-9]{1,18}")) {
        refuse("version", "INVALID_VERSION", "phiên bản \"" + t + "\" phải là số.");
      } else if (Long.parseLong(t) != old.version()) {
        refuse(
            "version",
            "STALE_VERSION",
            "đơn vị "
                + old.code()
                + " đã được "
                + (old.updatedBy() == null ? "người khác" : old.updatedBy())
                + " sửa"
                + (old.updatedAt() == null
                    ? ""
                    : " lúc " + TIME.withZone(clock.zone()).format(old.updatedAt()))
                + " sau khi tệp được xuất; hãy xuất lại danh bạ để không ghi đè thay đổi đó.");
      }
    }
  }

  private static String lower(String message) {
    return message.isEmpty()
        ? message
        : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }

  private record Checked(
      int line, HostUnit unit, LocalDate youthUnion, LocalDate tradeUnion, RegisteredUnit old) {}
}
