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
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.ParentLink;
import vn.khoidn.domain.registry.HostUnit;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.domain.validation.InvalidValueException;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.Organizations;
import vn.khoidn.portal.application.organization.TreeHistory;
import vn.khoidn.portal.application.registry.HostUnitRepository;
import vn.khoidn.portal.application.registry.RegisteredUnit;
import vn.khoidn.portal.application.registry.UnitLookup;
import vn.khoidn.portal.application.time.PortalClock;

/**
 * Upserts organizations by code from a file, all rows or none. A new code creates the organization
 * under its parent from its establishment date; a known code corrects its sector and host unit,
 * corrects its establishment date, and changes the tree from the row's {@code effective} date
 * (today if empty): a move when its parent changed, a rename when its name changed (with an
 * effective date; without one the name is a correction), its dissolution, taken over by the row's
 * {@code successor} if it names one (the organizations under it move to the successor that day).
 * The whole file is one batch on the tree aggregate ({@link OrganizationChanges#changeTree}): the
 * tree is read once and domain-core's builder checks every change against the ones before it.
 * Administrators only, as on the organizations page.
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
      boolean dated = !strip(r.effective()).isEmpty();
      LocalDate effective = dated ? date(r.line(), "effective", r.effective(), errors, false) : now;
      String successor = strip(r.successor()).toUpperCase(Locale.ROOT);
      if (!successor.isEmpty() && !CODE.matcher(successor).matches()) {
        errors.add(
            new RowError(
                r.line(),
                "INVALID_CODE",
                "Mã tổ chức kế thừa \"" + r.successor() + "\" không hợp lệ.",
                "successor"));
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
          errors.add(new RowError(r.line(), e.code(), e.getMessage(), "host_unit"));
        }
      }
      OrganizationRef existing = stored.get(code);
      if (existing != null && kind != null && existing.kind() != kind) {
        errors.add(
            new RowError(
                r.line(), "KIND_CHANGE", "Không đổi được loại của tổ chức " + code + " đã có."));
      }
      if (errors.size() > before) {
        continue;
      }
      inFile.put(code, kind);
      checked.add(
          new Checked(
              r.line(),
              code,
              name,
              kind,
              parent,
              sector,
              unit,
              established,
              dissolved,
              dated ? effective : null,
              effective,
              successor,
              existing));
    }
    if (!errors.isEmpty()) {
      throw new ImportRejectedException(errors);
    }
    if (!dryRun) {
      // An earlier establishment first, so that the tree is read with it; a later one is checked
      // against the tree and written after it.
      for (Checked c : checked) {
        OrganizationRef e = c.existing();
        if (e != null && e.establishedOn() != null && c.established().isBefore(e.establishedOn())) {
          changes.reestablish(c.code(), c.established());
        }
      }
    }
    changes.changeTree(
        username,
        dryRun,
        tree -> {
          List<RowError> refused = new ArrayList<>();
          for (Checked c : checked) {
            change(tree, c, codeOf, refused);
          }
          if (!refused.isEmpty()) {
            throw new ImportRejectedException(refused);
          }
        });
    int created = 0;
    int changed = 0;
    int unchanged = 0;
    for (Checked c : checked) {
      OrganizationRef e = c.existing();
      if (e == null) {
        created++;
        if (!dryRun && c.unit() != null) {
          changes.placeIn(c.code(), c.unit().code());
        }
        continue;
      }
      if (same(c, e, codeOf)) {
        unchanged++;
        continue;
      }
      changed++;
      if (!dryRun) {
        changes.correct(c.code(), c.name(), c.sector());
        if (c.unit() != null) {
          changes.placeIn(c.code(), c.unit().code());
        }
        if (e.establishedOn() == null || c.established().isAfter(e.establishedOn())) {
          if (!c.established().equals(e.establishedOn())) {
            changes.reestablish(c.code(), c.established());
          }
        }
      }
    }
    return new ImportSummary(dryRun, rows.size(), created, changed, unchanged);
  }

  private static boolean same(Checked c, OrganizationRef e, Map<Long, String> codeOf) {
    return e.name().equals(c.name())
        && e.sector() == (c.unit() != null ? c.unit().sector() : c.sector())
        && parentOf(e, codeOf).equals(c.parent())
        && Objects.equals(e.establishedOn(), c.established())
        && Objects.equals(e.dissolvedOn(), c.dissolved())
        && c.successor().isEmpty()
        && Objects.equals(e.hostUnitCode(), c.unit() == null ? null : c.unit().code());
  }

  private static String parentOf(OrganizationRef o, Map<Long, String> codeOf) {
    return o.parentId() == null ? "" : codeOf.getOrDefault(o.parentId(), "");
  }

  /** One row's tree changes on the aggregate; what is refused becomes the row's error. */
  private static void change(
      TreeHistory tree, Checked c, Map<Long, String> codeOf, List<RowError> refused) {
    int line = c.line();
    OrganizationRef e = c.existing();
    if (e == null) {
      try {
        tree.add(
            c.code(),
            c.name(),
            c.kind(),
            c.unit() != null ? c.unit().sector() : c.sector(),
            c.parent().isEmpty() ? null : c.parent(),
            c.established());
      } catch (IllegalArgumentException x) {
        refused.add(refusal(line, x, "parent"));
        return;
      }
      if (c.dissolved() != null || !c.successor().isEmpty()) {
        dissolve(tree, c, c.dissolved() != null ? c.dissolved() : c.effective(), refused);
      }
      return;
    }
    boolean moves = !c.parent().isEmpty() && !parentOf(e, codeOf).equals(c.parent());
    boolean renames = c.dated() != null && !e.name().equals(c.name());
    boolean dissolves =
        e.dissolvedOn() == null && (c.dissolved() != null || !c.successor().isEmpty());
    LocalDate dissolvedOn = c.dissolved() != null ? c.dissolved() : c.effective();
    LocalDate established = c.established();
    if (!established.equals(e.establishedOn())) {
      RowError r = establishmentRefused(tree, c, moves || renames);
      if (r != null) {
        refused.add(r);
        return;
      }
    }
    if ((moves || renames) && !c.effective().isAfter(established)) {
      refused.add(
          new RowError(
              line,
              "EFFECTIVE_BEFORE_ESTABLISHED",
              "Ngày hiệu lực ("
                  + VietnameseFormat.date(c.effective())
                  + ") phải sau ngày thành lập ("
                  + VietnameseFormat.date(established)
                  + ").",
              "effective"));
      return;
    }
    if (e.dissolvedOn() != null) {
      if (c.dissolved() != null && !c.dissolved().equals(e.dissolvedOn())) {
        refused.add(alreadyDissolved(line, e, "dissolved"));
        return;
      }
      if (!c.successor().isEmpty() && !tree.tree().successorsOf(c.code()).contains(c.successor())) {
        refused.add(alreadyDissolved(line, e, "successor"));
        return;
      }
    }
    if (moves) {
      try {
        tree.move(c.code(), c.parent(), c.effective());
      } catch (IllegalArgumentException x) {
        refused.add(refusal(line, x, "parent"));
        return;
      }
    }
    if (renames) {
      try {
        tree.rename(c.code(), c.name(), c.effective());
      } catch (IllegalArgumentException x) {
        refused.add(refusal(line, x, "name"));
        return;
      }
    }
    if (dissolves) {
      dissolve(tree, c, dissolvedOn, refused);
    }
  }

  /**
   * Dissolves a row's organization on a day, taken over by its successor if it names one: the
   * successor must exist that day, outside the dissolved organization's own subtree.
   */
  private static void dissolve(TreeHistory tree, Checked c, LocalDate on, List<RowError> refused) {
    int line = c.line();
    String successor = c.successor();
    if (!successor.isEmpty()) {
      if (!tree.contains(successor)) {
        refused.add(
            new RowError(
                line,
                "UNKNOWN_SUCCESSOR",
                "Không có tổ chức kế thừa mã \""
                    + successor
                    + "\" (tổ chức kế thừa phải có sẵn hoặc ở dòng trước).",
                "successor"));
        return;
      }
      if (successor.equals(c.code())) {
        refused.add(
            new RowError(
                line,
                "SUCCESSOR_IS_SELF",
                "Tổ chức kế thừa phải là một tổ chức khác.",
                "successor"));
        return;
      }
      Organization s = tree.tree().organization(successor).orElseThrow();
      if (!s.existsOn(on)) {
        refused.add(
            new RowError(
                line,
                "SUCCESSOR_NOT_ACTIVE",
                "Tổ chức kế thừa "
                    + successor
                    + (s.dissolved() != null && !on.isBefore(s.dissolved())
                        ? " đã giải thể ngày " + VietnameseFormat.date(s.dissolved())
                        : " chưa thành lập")
                    + " vào ngày giải thể "
                    + VietnameseFormat.date(on)
                    + ".",
                "successor"));
        return;
      }
      boolean inSubtree =
          tree.tree().subtreeOn(c.code(), on.minusDays(1)).stream()
              .anyMatch(o -> o.code().equals(successor));
      if (inSubtree) {
        refused.add(
            new RowError(
                line,
                "SUCCESSOR_IN_SUBTREE",
                "Tổ chức kế thừa "
                    + successor
                    + " trực thuộc chính "
                    + c.code()
                    + ": hãy chọn một tổ chức ngoài tổ chức được giải thể.",
                "successor"));
        return;
      }
    }
    try {
      tree.dissolve(c.code(), on, successor.isEmpty() ? null : successor);
    } catch (IllegalArgumentException x) {
      refused.add(refusal(line, x, successor.isEmpty() ? "dissolved" : "successor"));
    }
  }

  private static RowError alreadyDissolved(int line, OrganizationRef e, String column) {
    return new RowError(
        line,
        "ALREADY_DISSOLVED",
        "Tổ chức "
            + e.code()
            + " đã giải thể ngày "
            + VietnameseFormat.date(e.dissolvedOn())
            + "; không đổi được ngày giải thể hay tổ chức kế thừa.",
        column);
  }

  private static RowError refusal(int line, IllegalArgumentException x, String column) {
    String code = x instanceof InvalidValueException v ? v.code() : "REFUSED_CHANGE";
    return new RowError(line, code, x.getMessage(), column);
  }

  /**
   * Why a stored organization cannot take a new establishment date, or null if it can: it must come
   * before its dissolution (the file's or the stored one), before each day it was moved under
   * another parent, and before the row's effective date if the row moves or renames it.
   */
  private static RowError establishmentRefused(TreeHistory tree, Checked c, boolean changesFrom) {
    OrganizationRef existing = c.existing();
    String code = existing.code();
    LocalDate established = c.established();
    int line = c.line();
    if (c.dissolved() == null
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
              + ") phải trước ngày giải thể.",
          "established");
    }
    List<ParentLink> links = tree.tree().linksOf(code);
    for (ParentLink l : links.subList(Math.min(1, links.size()), links.size())) {
      if (l.from() != null && !established.isBefore(l.from())) {
        return new RowError(
            line,
            "ESTABLISHED_AFTER_MOVE",
            "Tổ chức "
                + code
                + " đã chuyển sang tổ chức cấp trên khác ngày "
                + VietnameseFormat.date(l.from())
                + ": ngày thành lập mới ("
                + VietnameseFormat.date(established)
                + ") phải trước ngày đó.",
            "established");
      }
    }
    if (changesFrom && !established.isBefore(c.effective())) {
      return new RowError(
          line,
          "ESTABLISHED_AFTER_MOVE",
          "Tổ chức "
              + code
              + " được đổi từ ngày "
              + VietnameseFormat.date(c.effective())
              + (c.dated() == null ? " (hôm nay)" : "")
              + ": ngày thành lập mới ("
              + VietnameseFormat.date(established)
              + ") phải trước ngày đó.",
          "established");
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
      int line,
      String code,
      String name,
      OrganizationKind kind,
      String parent,
      Sector sector,
      HostUnit unit,
      LocalDate established,
      LocalDate dissolved,
      LocalDate dated,
      LocalDate effective,
      String successor,
      OrganizationRef existing) {}
}
