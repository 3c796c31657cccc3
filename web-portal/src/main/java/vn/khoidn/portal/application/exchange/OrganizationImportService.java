package vn.khoidn.portal.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.khoidn.domain.format.VietnameseFormat;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.organization.Organizations;
import vn.khoidn.portal.application.registry.HostUnitRepository;
import vn.khoidn.portal.application.registry.RegisteredUnit;
import vn.khoidn.portal.application.registry.UnitLookup;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * Upserts organizations by code from a file, all rows or none. A new code creates the organization
 * under its parent from its establishment date; a known code corrects its name, sector and host
 * unit, corrects its establishment date, moves it (from today) when its parent changed, and records
 * its dissolution. Administrators only, as on the organizations page.
 */
@ApplicationScoped
public class OrganizationImportService {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,39}");
  private static final List<OrganizationKind> KINDS =
      List.of(
          OrganizationKind.BLOC,
          OrganizationKind.GRASSROOTS_COMMITTEE,
          OrganizationKind.GRASSROOTS_CELL,
          OrganizationKind.SUBORDINATE_CELL);

  @Inject private AccountService accounts;
  @Inject private Organizations organizations;
  @Inject private HostUnitRepository hostUnits;
  @Inject private OrganizationChanges changes;
  @Inject private PortalClock today;

  /** For CDI. */
  protected OrganizationImportService() {}

  /**
   * An import over its ports, e.g. in memory for a test.
   *
   * @param accounts who is an administrator
   * @param organizations the stored organizations
   * @param hostUnits the registry of host units
   * @param changes the writes
   * @param today the clock
   */
  public OrganizationImportService(
      AccountService accounts,
      Organizations organizations,
      HostUnitRepository hostUnits,
      OrganizationChanges changes,
      PortalClock today) {
    this.accounts = accounts;
    this.organizations = organizations;
    this.hostUnits = hostUnits;
    this.changes = changes;
    this.today = today;
  }

  /**
   * Checks and, unless it is a dry run, applies the rows.
   *
   * @param username an administrator
   * @param rows the rows, parents before their children
   * @param dryRun whether to check only
   * @return what was (or would be) created, changed and left alone
   */
  @Transactional
  public ImportSummary importOrganizations(
      String username, List<OrganizationRowInput> rows, boolean dryRun) {
    accounts.requireAdmin(username);
    Map<String, OrganizationRef> stored = new HashMap<>();
    Map<Long, String> codeOf = new HashMap<>();
    for (OrganizationRef o : organizations.all()) {
      stored.put(o.code(), o);
      codeOf.put(o.id(), o.code());
    }
    UnitLookup units = null;
    LocalDate now = today.today();
    Map<String, OrganizationKind> inFile = new HashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    List<RowError> errors = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    for (OrganizationRowInput r : rows) {
      int before = errors.size();
      String code = strip(r.code()).toUpperCase(Locale.ROOT);
      if (!CODE.matcher(code).matches()) {
        errors.add(
            new RowError(
                r.line(),
                "INVALID_CODE",
                "Mã tổ chức \""
                    + r.code()
                    + "\" gồm 2-40 chữ in hoa, chữ số, dấu chấm, gạch ngang."));
      }
      Integer first = firstLine.putIfAbsent(code, r.line());
      if (first != null) {
        errors.add(
            new RowError(r.line(), "DUPLICATE_ROW", "Mã " + code + " đã có ở dòng " + first + "."));
      }
      String name = null;
      if (strip(r.name()).isEmpty()) {
        errors.add(new RowError(r.line(), "MISSING_NAME", "Tên tổ chức là bắt buộc."));
      } else {
        try {
          name = vn.khoidn.domain.format.NameInput.check(r.name(), "tên tổ chức");
        } catch (IllegalArgumentException e) {
          errors.add(new RowError(r.line(), "INVALID_NAME", "Cột name: " + e.getMessage()));
        }
      }
      OrganizationKind kind = null;
      try {
        kind = OrganizationKind.valueOf(strip(r.kind()).toUpperCase(Locale.ROOT));
        if (!KINDS.contains(kind)) {
          throw new IllegalArgumentException();
        }
      } catch (IllegalArgumentException e) {
        errors.add(
            new RowError(
                r.line(),
                "UNKNOWN_KIND",
                "Loại \""
                    + r.kind()
                    + "\" không hợp lệ: dùng BLOC, GRASSROOTS_COMMITTEE,"
                    + " GRASSROOTS_CELL hoặc SUBORDINATE_CELL."));
      }
      Sector sector = null;
      try {
        sector = Sector.valueOf(strip(r.sector()).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            new RowError(
                r.line(),
                "UNKNOWN_SECTOR",
                "Khu vực \""
                    + r.sector()
                    + "\" không hợp lệ: dùng STATE, NON_STATE, CREDIT hoặc OTHER."));
      }
      LocalDate established = date(r.line(), "established", r.established(), errors, true);
      LocalDate dissolved = date(r.line(), "dissolved", r.dissolved(), errors, false);
      if (established != null && dissolved != null && !dissolved.isAfter(established)) {
        errors.add(
            new RowError(
                r.line(),
                "DISSOLVED_BEFORE_ESTABLISHED",
                "Ngày giải thể phải sau ngày thành lập."));
      }
      String parent = strip(r.parent()).toUpperCase(Locale.ROOT);
      OrganizationKind parentKind =
          stored.containsKey(parent) ? stored.get(parent).kind() : inFile.get(parent);
      if (parent.isEmpty() && kind != null && kind != OrganizationKind.BLOC) {
        errors.add(new RowError(r.line(), "MISSING_PARENT", "Cần mã tổ chức cấp trên."));
      } else if (!parent.isEmpty() && parentKind == null) {
        errors.add(
            new RowError(
                r.line(),
                "UNKNOWN_PARENT",
                "Không có tổ chức cấp trên mã \"" + r.parent() + "\"."));
      } else if (kind != null && parentKind != null && !kind.mayBeChildOf(parentKind)) {
        errors.add(
            new RowError(
                r.line(),
                "KIND_NOT_UNDER_PARENT",
                kind.vietnameseLabel()
                    + " không thể trực thuộc "
                    + parentKind.vietnameseLabel()
                    + "."));
      }
      HostUnit unit = null;
      if (!strip(r.hostUnit()).isEmpty()) {
        if (units == null) {
          units = UnitLookup.of(hostUnits.all().stream().map(RegisteredUnit::unit).toList());
        }
        try {
          unit = units.find(r.hostUnit());
        } catch (InvalidInputException e) {
          errors.add(new RowError(r.line(), "host_unit", e.code(), e.getMessage()));
        }
      }
      OrganizationRef existing = stored.get(code);
      if (existing != null && kind != null && existing.kind() != kind) {
        errors.add(
            new RowError(
                r.line(), "KIND_CHANGE", "Không đổi được loại của tổ chức " + code + " đã có."));
      }
      if (existing != null
          && established != null
          && !established.equals(existing.establishedOn())
          && (dissolved == null || dissolved.isAfter(established))) {
        String parentNow =
            existing.parentId() == null ? "" : codeOf.getOrDefault(existing.parentId(), "");
        RowError refused =
            establishmentRefused(
                r.line(),
                existing,
                established,
                dissolved,
                !parent.isEmpty() && !parentNow.equals(parent),
                now);
        if (refused != null) {
          errors.add(refused);
        }
      }
      if (errors.size() > before) {
        continue;
      }
      inFile.put(code, kind);
      checked.add(
          new Checked(code, name, kind, parent, sector, unit, established, dissolved, existing));
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    int created = 0;
    int changed = 0;
    int unchanged = 0;
    for (Checked c : checked) {
      OrganizationRef e = c.existing();
      if (e == null) {
        created++;
        if (!dryRun) {
          changes.create(
              new OrganizationRow(
                  c.code(),
                  c.name(),
                  c.kind(),
                  c.sector(),
                  c.parent().isEmpty() ? null : c.parent(),
                  c.established(),
                  null),
              username);
          if (c.unit() != null) {
            changes.placeIn(c.code(), c.unit().code());
          }
          if (c.dissolved() != null) {
            changes.dissolve(c.code(), c.dissolved(), username);
          }
        }
        continue;
      }
      String parentNow = e.parentId() == null ? "" : codeOf.getOrDefault(e.parentId(), "");
      boolean same =
          e.name().equals(c.name())
              && e.sector() == (c.unit() != null ? c.unit().sector() : c.sector())
              && parentNow.equals(c.parent())
              && Objects.equals(e.establishedOn(), c.established())
              && Objects.equals(e.dissolvedOn(), c.dissolved())
              && Objects.equals(e.hostUnitCode(), c.unit() == null ? null : c.unit().code());
      if (same) {
        unchanged++;
        continue;
      }
      changed++;
      if (!dryRun) {
        changes.correct(c.code(), c.name(), c.sector());
        if (c.unit() != null) {
          changes.placeIn(c.code(), c.unit().code());
        }
        boolean reestablish = !Objects.equals(e.establishedOn(), c.established());
        // The dates stay in order whichever is written first: the new establishment before the
        // stored dissolution, or else the new dissolution after the stored establishment.
        boolean establishFirst =
            e.dissolvedOn() == null || c.established().isBefore(e.dissolvedOn());
        if (reestablish && establishFirst) {
          changes.reestablish(c.code(), c.established());
        }
        if (!parentNow.equals(c.parent()) && !c.parent().isEmpty()) {
          changes.move(c.code(), c.parent(), now, username);
        }
        if (c.dissolved() != null && !c.dissolved().equals(e.dissolvedOn())) {
          changes.dissolve(c.code(), c.dissolved(), username);
        }
        if (reestablish && !establishFirst) {
          changes.reestablish(c.code(), c.established());
        }
      }
    }
    return new ImportSummary(dryRun, rows.size(), created, changed, unchanged);
  }

  /**
   * Why a stored organization cannot take a new establishment date, or null if it can: it must come
   * before its dissolution (the file's or the stored one), before each day it was moved under
   * another parent, and before today if the row moves it from today.
   */
  private RowError establishmentRefused(
      int line,
      OrganizationRef existing,
      LocalDate established,
      LocalDate dissolved,
      boolean movedToday,
      LocalDate now) {
    String code = existing.code();
    if (dissolved == null
        && existing.dissolvedOn() != null
        && !existing.dissolvedOn().isAfter(established)) {
      return new RowError(
          line,
          "ESTABLISHED_AFTER_DISSOLVED",
          "Tổ chức "
              + code
              + " đã giải thể ngày "
              + VietnameseFormat.date(existing.dissolvedOn())
              + ": ngày thành lập mới ("
              + VietnameseFormat.date(established)
              + ") phải trước ngày giải thể.");
    }
    for (LocalDate moved : changes.moveDates(code)) {
      if (!established.isBefore(moved)) {
        return new RowError(
            line,
            "ESTABLISHED_AFTER_MOVE",
            "Tổ chức "
                + code
                + " đã chuyển sang tổ chức cấp trên khác ngày "
                + VietnameseFormat.date(moved)
                + ": ngày thành lập mới ("
                + VietnameseFormat.date(established)
                + ") phải trước ngày đó.");
      }
    }
    if (movedToday && !established.isBefore(now)) {
      return new RowError(
          line,
          "ESTABLISHED_AFTER_MOVE",
          "Tổ chức "
              + code
              + " được chuyển sang tổ chức cấp trên mới từ hôm nay ("
              + VietnameseFormat.date(now)
              + "): ngày thành lập mới ("
              + VietnameseFormat.date(established)
              + ") phải trước ngày đó.");
    }
    return null;
  }

  private static LocalDate date(
      int line, String column, String text, List<RowError> errors, boolean required) {
    String s = strip(text);
    if (s.isEmpty()) {
      if (required) {
        errors.add(
            new RowError(line, "MISSING_DATE", "Cột " + column + " là bắt buộc (yyyy-MM-dd)."));
      }
      return null;
    }
    try {
      return vn.khoidn.domain.format.DateInput.parse(s, "ngày ở cột " + column);
    } catch (IllegalArgumentException e) {
      errors.add(new RowError(line, "INVALID_DATE", e.getMessage()));
      return null;
    }
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  private record Checked(
      String code,
      String name,
      OrganizationKind kind,
      String parent,
      Sector sector,
      HostUnit unit,
      LocalDate established,
      LocalDate dissolved,
      OrganizationRef existing) {}
}
