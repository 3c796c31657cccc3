package vn.khoidn.portal.application.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.khoidn.domain.format.DateInput;
import vn.khoidn.domain.format.NameInput;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationKind;
import vn.khoidn.domain.organization.OrganizationTree;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.InvalidInputException;

/**
 * The organization tree as an aggregate: the stored history replayed through domain-core's {@link
 * OrganizationTree.Builder}, and every change (add, move, rename, dissolve, merge, split) made
 * through the same builder, so the statute's checks (who may sit under whom, no loops, dates in
 * order, a parent that exists on the day) hold for the portal exactly as for the library. The
 * changes are kept as {@link TreeEvent}s for the repository to store.
 */
public final class TreeHistory {

  private final OrganizationTree.Builder builder = OrganizationTree.builder();
  private final Map<String, OrganizationRef> stored = new HashMap<>();
  private final Set<String> codes = new HashSet<>();
  private final List<TreeEvent> events = new ArrayList<>();
  private OrganizationTree tree;

  private TreeHistory() {}

  /**
   * Replays the stored history: every organization with its first link, then the later moves, the
   * renames, and the dissolutions with their successors, each in date order.
   *
   * @param records the stored tree
   * @return the aggregate
   * @throws IllegalStateException if the stored links point at unknown or circular parents
   */
  public static TreeHistory of(TreeRecords records) {
    TreeHistory h = new TreeHistory();
    Map<String, List<TreeRecords.Link>> linksByChild = new HashMap<>();
    Comparator<LocalDate> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
    for (TreeRecords.Link l : records.links()) {
      linksByChild.computeIfAbsent(l.childCode(), k -> new ArrayList<>()).add(l);
    }
    linksByChild
        .values()
        .forEach(ls -> ls.sort(Comparator.comparing(TreeRecords.Link::from, nullsFirst)));
    Map<String, List<TreeRecords.Rename>> renames = new HashMap<>();
    for (TreeRecords.Rename r : records.renames()) {
      renames.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r);
    }
    renames.values().forEach(rs -> rs.sort(Comparator.comparing(TreeRecords.Rename::from)));
    List<OrganizationRef> pending = new ArrayList<>(records.organizations());
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        OrganizationRef o = it.next();
        List<TreeRecords.Link> links = linksByChild.getOrDefault(o.code(), List.of());
        List<TreeRecords.Rename> own = renames.getOrDefault(o.code(), List.of());
        Organization org =
            new Organization(
                o.code(),
                own.isEmpty() ? o.name() : own.get(0).previousName(),
                o.kind(),
                o.hostUnitCode() == null ? StoredTree.ownUnitCode(o.code()) : o.hostUnitCode(),
                o.establishedOn(),
                null);
        if (links.isEmpty()) {
          h.builder.add(org);
        } else if (h.codes.contains(links.get(0).parentCode())) {
          h.builder.add(org, links.get(0).parentCode());
        } else {
          continue;
        }
        h.codes.add(o.code());
        h.stored.put(o.code(), o);
        it.remove();
        progress = true;
      }
    }
    if (!pending.isEmpty()) {
      throw new IllegalStateException(
          "The organization tree has links to unknown or circular parents: "
              + pending.stream().map(OrganizationRef::code).toList());
    }
    for (Map.Entry<String, List<TreeRecords.Link>> e : linksByChild.entrySet()) {
      for (TreeRecords.Link l : e.getValue().subList(1, e.getValue().size())) {
        h.builder.move(e.getKey(), l.parentCode(), l.from());
      }
    }
    renames.forEach((code, rs) -> rs.forEach(r -> h.builder.rename(code, r.name(), r.from())));
    Map<String, List<String>> successors = new HashMap<>();
    for (TreeRecords.Succession s : records.successions()) {
      successors
          .computeIfAbsent(s.predecessorCode(), k -> new ArrayList<>())
          .add(s.successorCode());
    }
    records.organizations().stream()
        .filter(o -> o.dissolvedOn() != null)
        .sorted(
            Comparator.comparing(OrganizationRef::dissolvedOn).thenComparing(OrganizationRef::code))
        .forEach(
            o -> {
              List<String> into = successors.getOrDefault(o.code(), List.of());
              if (into.isEmpty()) {
                h.builder.dissolve(o.code(), o.dissolvedOn());
              } else if (into.size() == 1) {
                h.builder.merge(List.of(o.code()), into.get(0), o.dissolvedOn());
              } else {
                h.builder.split(o.code(), into, o.dissolvedOn());
              }
            });
    return h;
  }

  /**
   * The tree with every change made so far.
   *
   * @return the tree
   */
  public OrganizationTree tree() {
    if (tree == null) {
      tree = builder.build();
    }
    return tree;
  }

  /**
   * The changes made since the history was read, in order.
   *
   * @return the events
   */
  public List<TreeEvent> events() {
    return List.copyOf(events);
  }

  /**
   * Whether an organization with this code exists (stored or added).
   *
   * @param code the code
   * @return true if it does
   */
  public boolean contains(String code) {
    return code != null && codes.contains(code);
  }

  /**
   * Adds an organization; without a parent only a bloc or a superior committee.
   *
   * @param code its code
   * @param name its name
   * @param kind its level
   * @param sector its sector, or null for {@link Sector#OTHER}
   * @param parentCode its parent, or null/blank at the top
   * @param establishedOn the day it was established, or null
   */
  public void add(
      String code,
      String name,
      OrganizationKind kind,
      Sector sector,
      String parentCode,
      LocalDate establishedOn) {
    String c = code == null ? "" : code.strip();
    String n = NameInput.check(name, "tên tổ chức");
    DateInput.check(establishedOn, "ngày thành lập");
    Organization org = new Organization(c, n, kind, StoredTree.ownUnitCode(c), establishedOn, null);
    if (codes.contains(c)) {
      throw new InvalidInputException("DUPLICATE_CODE", "Mã tổ chức " + c + " đã tồn tại.");
    }
    String parent = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
    if (parent == null) {
      if (kind != OrganizationKind.BLOC && kind != OrganizationKind.SUPERIOR_COMMITTEE) {
        throw new InvalidInputException("PARENT_REQUIRED", "Vui lòng chọn tổ chức cấp trên.");
      }
      builder.add(org);
    } else {
      requireKnown(parent, "Không có tổ chức cấp trên mã " + parent + ".");
      builder.add(org, parent);
    }
    codes.add(c);
    changed(
        new TreeEvent.Added(
            c, n, kind, sector == null ? Sector.OTHER : sector, parent, establishedOn));
  }

  /**
   * Moves an organization under another parent from a day on.
   *
   * @param code the organization
   * @param parentCode its new parent
   * @param on the first day under the new parent
   */
  public void move(String code, String parentCode, LocalDate on) {
    requireDay(on, "ngày chuyển", "Vui lòng chọn ngày chuyển.");
    requireKnown(code, "Không có tổ chức mã " + code + ".");
    requireKnown(parentCode, "Không có tổ chức mã " + parentCode + ".");
    builder.move(code, parentCode, on);
    changed(new TreeEvent.Moved(code, parentCode, on));
  }

  /**
   * Gives an organization a new name from a day on; the old name stays in the history, so reports
   * of earlier periods keep it.
   *
   * @param code the organization
   * @param name the new name
   * @param on the first day of the new name
   */
  public void rename(String code, String name, LocalDate on) {
    requireDay(on, "ngày đổi tên", "Vui lòng chọn ngày đổi tên.");
    requireKnown(code, "Không có tổ chức mã " + code + ".");
    String n = NameInput.check(name, "tên mới");
    String previous = tree().nameOn(code, on.minusDays(1));
    if (previous.equals(n)) {
      throw new InvalidInputException("SAME_NAME", "Tên mới trùng với tên hiện tại.");
    }
    builder.rename(code, n, on);
    changed(new TreeEvent.Renamed(code, n, previous, on));
  }

  /**
   * Dissolves an organization from a day on. Organizations still under it that day move under the
   * successor, if one is named; without a successor they must have been moved first, so that no
   * organization is left without a parent.
   *
   * @param code the organization
   * @param on the first day it no longer exists
   * @param successorCode the organization that takes it over, or null/blank
   */
  public void dissolve(String code, LocalDate on, String successorCode) {
    requireDay(on, "ngày giải thể", "Vui lòng chọn ngày giải thể.");
    requireKnown(code, "Không có tổ chức mã " + code + ".");
    String successor =
        successorCode == null || successorCode.isBlank() ? null : successorCode.strip();
    List<Organization> children = childrenOn(code, on);
    if (successor == null) {
      if (!children.isEmpty()) {
        throw new InvalidInputException(
            "HAS_CHILDREN",
            "Không thể giải thể "
                + code
                + ": còn "
                + children.size()
                + " tổ chức trực thuộc ("
                + names(children)
                + "). Hãy chuyển các tổ chức này hoặc chọn tổ chức kế thừa.");
      }
      builder.dissolve(code, on);
      changed(new TreeEvent.Dissolved(code, on, List.of()));
      return;
    }
    requireKnown(successor, "Không có tổ chức mã " + successor + ".");
    if (successor.equals(code)) {
      throw new InvalidInputException(
          "SUCCESSOR_IS_SELF", "Tổ chức kế thừa phải là một tổ chức khác.");
    }
    for (Organization child : children) {
      builder.move(child.code(), successor, on);
      changed(new TreeEvent.Moved(child.code(), successor, on));
    }
    builder.merge(List.of(code), successor, on);
    changed(new TreeEvent.Dissolved(code, on, List.of(successor)));
  }

  /**
   * Merges organizations into one: each is dissolved that day with the target as its successor, and
   * what stood under them moves under the target.
   *
   * @param sourceCodes the organizations merged
   * @param intoCode the organization that takes them over
   * @param on the day of the merger
   */
  public void merge(List<String> sourceCodes, String intoCode, LocalDate on) {
    if (sourceCodes == null || sourceCodes.isEmpty()) {
      throw new InvalidInputException("NO_SOURCES", "Vui lòng chọn tổ chức được hợp nhất.");
    }
    for (String source : new LinkedHashSet<>(sourceCodes)) {
      dissolve(source, on, intoCode);
    }
  }

  /**
   * Splits an organization into several existing ones: it is dissolved that day and they are its
   * successors. What stood under it must have been moved first, since the split does not say where
   * each goes.
   *
   * @param sourceCode the organization split
   * @param intoCodes the organizations that take it over (at least two)
   * @param on the day of the split
   */
  public void split(String sourceCode, List<String> intoCodes, LocalDate on) {
    requireDay(on, "ngày chia tách", "Vui lòng chọn ngày chia tách.");
    requireKnown(sourceCode, "Không có tổ chức mã " + sourceCode + ".");
    List<String> into = intoCodes == null ? List.of() : List.copyOf(new LinkedHashSet<>(intoCodes));
    if (into.size() < 2) {
      throw new InvalidInputException(
          "TOO_FEW_SUCCESSORS", "Chia tách cần ít nhất hai tổ chức kế thừa.");
    }
    for (String target : into) {
      requireKnown(target, "Không có tổ chức mã " + target + ".");
      if (target.equals(sourceCode)) {
        throw new InvalidInputException(
            "SUCCESSOR_IS_SELF", "Tổ chức kế thừa phải là một tổ chức khác.");
      }
    }
    List<Organization> children = childrenOn(sourceCode, on);
    if (!children.isEmpty()) {
      throw new InvalidInputException(
          "HAS_CHILDREN",
          "Không thể chia tách "
              + sourceCode
              + ": còn "
              + children.size()
              + " tổ chức trực thuộc ("
              + names(children)
              + "). Hãy chuyển các tổ chức này trước.");
    }
    builder.split(sourceCode, into, on);
    changed(new TreeEvent.Dissolved(sourceCode, on, into));
  }

  private List<Organization> childrenOn(String code, LocalDate on) {
    return tree().childrenOn(code, on).stream().filter(c -> c.existsOn(on)).toList();
  }

  private static String names(List<Organization> organizations) {
    return organizations.stream().map(Organization::code).collect(Collectors.joining(", "));
  }

  private void changed(TreeEvent event) {
    events.add(event);
    tree = null;
  }

  private void requireKnown(String code, String message) {
    if (!contains(code)) {
      throw new InvalidInputException("UNKNOWN_ORGANIZATION", message);
    }
  }

  private static void requireDay(LocalDate day, String what, String missing) {
    if (day == null) {
      throw new InvalidInputException("DATE_REQUIRED", missing);
    }
    DateInput.check(day, what);
  }
}
