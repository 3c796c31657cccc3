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
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.organization.OrganizationService;
import vn.khoidn.portal.application.time.PortalClock;
import vn.khoidn.portal.infrastructure.persistence.jpa.HostUnitEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaHostUnitRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;

/**
 * Upserts organizations by code from a file, all rows or none. A new code creates the organization
 * under its parent from its establishment date; a known code corrects its name, sector and host
 * unit, moves it (from today) when its parent changed, and records its dissolution. Administrators
 * only, as on the organizations page.
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
  @Inject private OrganizationService organizationService;
  @Inject private JpaOrganizationRepository organizations;
  @Inject private JpaHostUnitRepository hostUnits;
  @Inject private PortalClock today;

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
    Map<String, OrganizationEntity> stored = new HashMap<>();
    organizations.all().forEach(o -> stored.put(o.getCode(), o));
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
          stored.containsKey(parent) ? stored.get(parent).getKind() : inFile.get(parent);
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
      String unitCode = strip(r.hostUnit()).toUpperCase(Locale.ROOT);
      HostUnitEntity unit = null;
      if (!unitCode.isEmpty()) {
        unit = hostUnits.findByCode(unitCode).orElse(null);
        if (unit == null) {
          errors.add(
              new RowError(
                  r.line(),
                  "UNKNOWN_HOST_UNIT",
                  "Không có đơn vị mã \"" + r.hostUnit() + "\" trong danh bạ."));
        }
      }
      OrganizationEntity existing = stored.get(code);
      if (existing != null && kind != null && existing.getKind() != kind) {
        errors.add(
            new RowError(
                r.line(), "KIND_CHANGE", "Không đổi được loại của tổ chức " + code + " đã có."));
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
      OrganizationEntity e = c.existing();
      if (e == null) {
        created++;
        if (!dryRun) {
          organizationService.create(
              new OrganizationRow(
                  c.code(),
                  c.name(),
                  c.kind(),
                  c.sector(),
                  c.parent().isEmpty() ? null : c.parent(),
                  c.established(),
                  null),
              username);
          OrganizationEntity made = organizations.findByCode(c.code()).orElseThrow();
          if (c.unit() != null) {
            made.placeIn(c.unit());
          }
          if (c.dissolved() != null) {
            organizationService.dissolve(c.code(), c.dissolved(), username);
          }
        }
        continue;
      }
      String parentNow = e.getParent() == null ? "" : e.getParent().getCode();
      boolean same =
          e.getName().equals(c.name())
              && e.getSector() == (c.unit() != null ? c.unit().getSector() : c.sector())
              && parentNow.equals(c.parent())
              && Objects.equals(e.getEstablishedOn(), c.established())
              && Objects.equals(e.getDissolvedOn(), c.dissolved())
              && Objects.equals(
                  e.getHostUnit() == null ? null : e.getHostUnit().getCode(),
                  c.unit() == null ? null : c.unit().getCode());
      if (same) {
        unchanged++;
        continue;
      }
      changed++;
      if (!dryRun) {
        e.correct(c.name(), c.sector());
        if (c.unit() != null) {
          e.placeIn(c.unit());
        }
        if (!parentNow.equals(c.parent()) && !c.parent().isEmpty()) {
          organizationService.move(c.code(), c.parent(), today.today(), username);
        }
        if (c.dissolved() != null && !c.dissolved().equals(e.getDissolvedOn())) {
          organizationService.dissolve(c.code(), c.dissolved(), username);
        }
      }
    }
    return new ImportSummary(dryRun, rows.size(), created, changed, unchanged);
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
      HostUnitEntity unit,
      LocalDate established,
      LocalDate dissolved,
      OrganizationEntity existing) {}
}
