package vn.khoidn.domain.organization;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.khoidn.domain.validation.InvalidValueException;

/**
 * The organization tree with its history: who sat under whom from when to when, renames,
 * dissolutions, merges and splits. Nothing is overwritten, so a roll-up of a past period uses the
 * tree as it stood then.
 *
 * <p>Immutable; build one with {@link #builder()}.
 */
public final class OrganizationTree {

  private final List<Organization> organizations;
  private final Map<String, Integer> positions;
  private final Map<String, List<ParentLink>> linksByChild;
  private final Map<String, List<ParentLink>> linksByParent;
  private final Map<String, List<DatedName>> names;
  private final Map<String, List<String>> successors;
  private final Map<String, List<String>> predecessors;

  private OrganizationTree(Builder b) {
    this.organizations = List.copyOf(b.organizations.values());
    Map<String, Integer> pos = new HashMap<>();
    for (int i = 0; i < organizations.size(); i++) {
      pos.put(organizations.get(i).code(), i);
    }
    this.positions = Collections.unmodifiableMap(pos);
    this.linksByChild = freeze(b.linksByChild);
    Map<String, List<ParentLink>> byParent = new HashMap<>();
    b.linksByChild
        .values()
        .forEach(
            ls ->
                ls.forEach(
                    l -> byParent.computeIfAbsent(l.parent(), k -> new ArrayList<>()).add(l)));
    this.linksByParent = freeze(byParent);
    this.names = freeze(b.names);
    this.successors = freeze(b.successors);
    Map<String, List<String>> pred = new HashMap<>();
    b.successors.forEach(
        (from, tos) ->
            tos.forEach(to -> pred.computeIfAbsent(to, k -> new ArrayList<>()).add(from)));
    this.predecessors = freeze(pred);
  }

  /** A builder for a new tree. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every organization, in the order they were added (parents before children). */
  public List<Organization> organizations() {
    return organizations;
  }

  /** The number of organizations, past and present. */
  public int size() {
    return organizations.size();
  }

  /**
   * The organization with this code.
   *
   * @param code the code
   * @return the organization, or empty if there is none
   */
  public Optional<Organization> organization(String code) {
    Integer i = positions.get(code);
    return i == null ? Optional.empty() : Optional.of(organizations.get(i));
  }

  /**
   * The position of an organization in {@link #organizations()} and in every {@link TreeSnapshot}.
   *
   * @param code the code
   * @return the position, or -1 if there is no such organization
   */
  public int positionOf(String code) {
    Integer i = positions.get(code);
    return i == null ? -1 : i;
  }

  /**
   * The name an organization bore on a day, following its renames.
   *
   * @param code the code
   * @param day the day
   * @return the name then
   */
  public String nameOn(String code, LocalDate day) {
    Organization org = require(code);
    String name = org.name();
    for (DatedName n : names.getOrDefault(code, List.of())) {
      if (!day.isBefore(n.from())) {
        name = n.name();
      }
    }
    return name;
  }

  /**
   * The parent of an organization on a day.
   *
   * @param code the code
   * @param day the day
   * @return the parent then, or empty at the top or outside the organization's lifetime
   */
  public Optional<Organization> parentOn(String code, LocalDate day) {
    require(code);
    for (ParentLink link : linksByChild.getOrDefault(code, List.of())) {
      if (link.holdsOn(day)) {
        return organization(link.parent());
      }
    }
    return Optional.empty();
  }

  /**
   * The organizations directly under one on a day.
   *
   * @param code the parent's code
   * @param day the day
   * @return the children that existed and sat under it that day, in the order they were added
   */
  public List<Organization> childrenOn(String code, LocalDate day) {
    require(code);
    List<Organization> children = new ArrayList<>();
    for (ParentLink link : linksByParent.getOrDefault(code, List.of())) {
      Organization child = organizations.get(positions.get(link.child()));
      if (link.holdsOn(day) && child.existsOn(day)) {
        children.add(child);
      }
    }
    children.sort((a, b) -> Integer.compare(positions.get(a.code()), positions.get(b.code())));
    return children;
  }

  /**
   * An organization and everything under it on a day, parents before children.
   *
   * @param code the code of the top of the subtree
   * @param day the day
   * @return the subtree in pre-order, or an empty list if the organization did not exist that day
   */
  public List<Organization> subtreeOn(String code, LocalDate day) {
    Organization top = require(code);
    if (!top.existsOn(day)) {
      return List.of();
    }
    List<Organization> result = new ArrayList<>();
    Deque<Organization> stack = new ArrayDeque<>();
    stack.push(top);
    while (!stack.isEmpty()) {
      Organization o = stack.pop();
      result.add(o);
      List<Organization> children = childrenOn(o.code(), day);
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return result;
  }

  /**
   * The organizations that took over from one that was merged or split.
   *
   * @param code the code of the former organization
   * @return the codes of its successors, empty if there are none
   */
  public List<String> successorsOf(String code) {
    return successors.getOrDefault(code, List.of());
  }

  /**
   * The organizations that were merged or split into this one.
   *
   * @param code the code of the organization
   * @return the codes of its predecessors, empty if there are none
   */
  public List<String> predecessorsOf(String code) {
    return predecessors.getOrDefault(code, List.of());
  }

  /**
   * The parent links of an organization, oldest first.
   *
   * @param code the code
   * @return its links
   */
  public List<ParentLink> linksOf(String code) {
    return linksByChild.getOrDefault(code, List.of());
  }

  /**
   * The whole tree as it stood on one day, as arrays for fast arithmetic.
   *
   * @param day the day
   * @return the snapshot
   */
  public TreeSnapshot snapshot(LocalDate day) {
    int n = organizations.size();
    int[] parent = new int[n];
    boolean[] exists = new boolean[n];
    for (int i = 0; i < n; i++) {
      Organization o = organizations.get(i);
      exists[i] = o.existsOn(day);
      parent[i] = -1;
      for (ParentLink link : linksByChild.getOrDefault(o.code(), List.of())) {
        if (link.holdsOn(day)) {
          parent[i] = positions.get(link.parent());
          break;
        }
      }
    }
    return new TreeSnapshot(day, parent, exists, positions);
  }

  private Organization require(String code) {
    return organization(code)
        .orElseThrow(() -> new IllegalArgumentException("Không có tổ chức mã " + code + "."));
  }

  private static <V> Map<String, List<V>> freeze(Map<String, List<V>> map) {
    Map<String, List<V>> copy = new HashMap<>();
    map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(copy);
  }

  /** A name an organization took from a day on. */
  private record DatedName(String name, LocalDate from) {}

  /** Records the tree's history step by step and checks each step against the party's statute. */
  public static final class Builder {

    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, List<ParentLink>> linksByChild = new HashMap<>();
    private final Map<String, List<DatedName>> names = new HashMap<>();
    private final Map<String, List<String>> successors = new HashMap<>();

    private Builder() {}

    /**
     * Adds an organization at the top of the tree (the bloc committee).
     *
     * @param organization the organization
     * @return this builder
     */
    public Builder add(Organization organization) {
      Objects.requireNonNull(organization, "organization");
      if (organizations.containsKey(organization.code())) {
        throw new InvalidValueException(
            "DUPLICATE_ORGANIZATION", "Mã tổ chức " + organization.code() + " đã tồn tại.");
      }
      organizations.put(organization.code(), organization);
      return this;
    }

    /**
     * Adds an organization under a parent from the day it was established.
     *
     * @param organization the organization
     * @param parentCode the code of its parent, already added
     * @return this builder
     */
    public Builder add(Organization organization, String parentCode) {
      Organization parent = require(parentCode);
      requireMayBeChild(organization, parent);
      add(organization);
      link(organization.code(), parentCode, organization.established());
      if (organization.dissolved() != null) {
        closeOpenLink(organization.code(), organization.dissolved());
      }
      return this;
    }

    /**
     * Moves an organization under another parent from a day on; the old link ends that day.
     *
     * @param code the organization to move
     * @param newParentCode its new parent
     * @param on the first day under the new parent
     * @return this builder
     */
    public Builder move(String code, String newParentCode, LocalDate on) {
      Objects.requireNonNull(on, "Ngày chuyển là bắt buộc.");
      Organization org = require(code);
      Organization parent = require(newParentCode);
      requireMayBeChild(org, parent);
      if (!org.existsOn(on)) {
        throw new InvalidValueException(
            "INVALID_MOVE",
            "Không thể chuyển " + code + " ngày " + on + ": tổ chức không tồn tại ngày đó.");
      }
      if (!parent.existsOn(on)) {
        throw new InvalidValueException(
            "INVALID_MOVE",
            "Không thể chuyển "
                + code
                + " về "
                + newParentCode
                + ": tổ chức cấp trên không tồn tại ngày "
                + on
                + ".");
      }
      for (String p = newParentCode; p != null; p = parentOn(p, on)) {
        if (p.equals(code)) {
          throw new InvalidValueException(
              "INVALID_MOVE",
              "Không thể chuyển " + code + " về " + newParentCode + ": tạo thành vòng lặp.");
        }
      }
      List<ParentLink> links = linksByChild.computeIfAbsent(code, k -> new ArrayList<>());
      ParentLink last = links.isEmpty() ? null : links.get(links.size() - 1);
      if (last != null && last.until() == null) {
        if (last.from() != null && !on.isAfter(last.from())) {
          throw new InvalidValueException(
              "INVALID_MOVE",
              "Ngày chuyển "
                  + on
                  + " của "
                  + code
                  + " phải sau lần thay đổi trước ("
                  + last.from()
                  + ").");
        }
        links.set(links.size() - 1, last.endingOn(on));
      }
      link(code, newParentCode, on);
      return this;
    }

    /**
     * Records a new name from a day on; the old name stays in the history.
     *
     * @param code the organization
     * @param newName its new name
     * @param on the first day of the new name
     * @return this builder
     */
    public Builder rename(String code, String newName, LocalDate on) {
      require(code);
      Objects.requireNonNull(on, "Ngày đổi tên là bắt buộc.");
      if (newName == null || newName.isBlank()) {
        throw new InvalidValueException(
            "MISSING_NAME", "Tên mới của " + code + " không được để trống.");
      }
      List<DatedName> history = names.computeIfAbsent(code, k -> new ArrayList<>());
      if (!history.isEmpty() && !on.isAfter(history.get(history.size() - 1).from())) {
        throw new InvalidValueException(
            "INVALID_DATE_ORDER", "Các lần đổi tên của " + code + " phải theo thứ tự thời gian.");
      }
      history.add(new DatedName(newName, on));
      return this;
    }

    /**
     * Dissolves an organization: it no longer exists from that day on.
     *
     * @param code the organization
     * @param on the day of dissolution
     * @return this builder
     */
    public Builder dissolve(String code, LocalDate on) {
      Organization org = require(code);
      if (org.dissolved() != null) {
        throw new InvalidValueException(
            "ALREADY_DISSOLVED", "Tổ chức " + code + " đã giải thể ngày " + org.dissolved() + ".");
      }
      organizations.put(code, org.dissolvedOn(on));
      closeOpenLink(code, on);
      return this;
    }

    /**
     * Merges organizations into one: each is dissolved that day and the target is its successor.
     *
     * @param sources the organizations merged
     * @param into the organization that takes them over, existing on that day
     * @param on the day of the merger
     * @return this builder
     */
    public Builder merge(List<String> sources, String into, LocalDate on) {
      if (!require(into).existsOn(on)) {
        throw new InvalidValueException(
            "INVALID_SUCCESSOR", "Tổ chức hợp nhất " + into + " phải tồn tại ngày " + on + ".");
      }
      for (String source : sources) {
        dissolve(source, on);
        successors.computeIfAbsent(source, k -> new ArrayList<>()).add(into);
      }
      return this;
    }

    /**
     * Splits an organization: it is dissolved that day and the new ones are its successors.
     *
     * @param source the organization split
     * @param into the organizations that take it over, existing on that day
     * @param on the day of the split
     * @return this builder
     */
    public Builder split(String source, List<String> into, LocalDate on) {
      for (String target : into) {
        if (!require(target).existsOn(on)) {
          throw new InvalidValueException(
              "INVALID_SUCCESSOR", "Tổ chức " + target + " phải tồn tại ngày " + on + ".");
        }
      }
      dissolve(source, on);
      successors.computeIfAbsent(source, k -> new ArrayList<>()).addAll(into);
      return this;
    }

    /** The tree as recorded. */
    public OrganizationTree build() {
      return new OrganizationTree(this);
    }

    private String parentOn(String code, LocalDate day) {
      for (ParentLink link : linksByChild.getOrDefault(code, List.of())) {
        if (link.holdsOn(day)) {
          return link.parent();
        }
      }
      return null;
    }

    private void link(String child, String parent, LocalDate from) {
      linksByChild
          .computeIfAbsent(child, k -> new ArrayList<>())
          .add(new ParentLink(child, parent, from, null));
    }

    private void closeOpenLink(String code, LocalDate on) {
      List<ParentLink> links = linksByChild.getOrDefault(code, List.of());
      if (!links.isEmpty()) {
        ParentLink last = links.get(links.size() - 1);
        if (last.until() == null && (last.from() == null || on.isAfter(last.from()))) {
          links.set(links.size() - 1, last.endingOn(on));
        }
      }
    }

    private Organization require(String code) {
      Organization o = organizations.get(code);
      if (o == null) {
        throw new InvalidValueException(
            "UNKNOWN_ORGANIZATION", "Không có tổ chức mã " + code + ".");
      }
      return o;
    }

    private static void requireMayBeChild(Organization child, Organization parent) {
      if (!child.kind().mayBeChildOf(parent.kind())) {
        throw new InvalidValueException(
            "KIND_NOT_UNDER_PARENT",
            child.kind().vietnameseLabel()
                + " "
                + child.code()
                + " không thể trực thuộc "
                + parent.kind().vietnameseLabel()
                + " "
                + parent.code()
                + ".");
      }
    }
  }
}
