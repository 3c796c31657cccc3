package vn.khoidn.portal.application.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khoidn.domain.organization.Organization;
import vn.khoidn.domain.organization.OrganizationTree;

/**
 * The stored organization tree as domain-core's dated {@link OrganizationTree}: the first link adds
 * an organization, later links are moves. Each organization points at the host unit it is placed
 * in, or at a unit of its own ({@link #ownUnitCode}) until staff place it.
 */
@ApplicationScoped
public class StoredTree {

  @Inject private TreeSource source;

  /** For CDI. */
  public StoredTree() {}

  /**
   * A tree read from a given source, outside a container.
   *
   * @param source the organizations and links
   */
  public StoredTree(TreeSource source) {
    this.source = source;
  }

  /**
   * The code that stands for an organization's own host unit while it is not placed in one.
   *
   * @param organizationCode the organization
   * @return its stand-in unit's code
   */
  public static String ownUnitCode(String organizationCode) {
    return "ORG:" + organizationCode;
  }

  /**
   * Every organization, as plain values, by id.
   *
   * @return the organizations
   */
  public List<OrganizationRecord> organizations() {
    return source.organizations();
  }

  /**
   * Reads the tree with its history.
   *
   * @param orgs every organization, as read in the same transaction
   * @return the tree
   */
  public OrganizationTree read(List<OrganizationRecord> orgs) {
    Map<String, List<ParentLink>> linksByChild = new HashMap<>();
    for (ParentLink l : source.links()) {
      linksByChild.computeIfAbsent(l.childCode(), k -> new ArrayList<>()).add(l);
    }
    linksByChild
        .values()
        .forEach(
            ls ->
                ls.sort(
                    Comparator.comparing(
                        ParentLink::validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))));
    OrganizationTree.Builder builder = OrganizationTree.builder();
    Set<String> added = new HashSet<>();
    List<OrganizationRecord> pending = new ArrayList<>(orgs);
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (var it = pending.iterator(); it.hasNext(); ) {
        OrganizationRecord o = it.next();
        List<ParentLink> links = linksByChild.getOrDefault(o.code(), List.of());
        Organization org =
            new Organization(
                o.code(),
                o.name(),
                o.kind(),
                o.hostUnitCode() == null ? ownUnitCode(o.code()) : o.hostUnitCode(),
                o.establishedOn(),
                o.dissolvedOn());
        if (links.isEmpty()) {
          builder.add(org);
        } else if (added.contains(links.get(0).parentCode())) {
          builder.add(org, links.get(0).parentCode());
        } else {
          continue;
        }
        added.add(o.code());
        it.remove();
        progress = true;
      }
    }
    if (!pending.isEmpty()) {
      throw new IllegalStateException(
          "The organization tree has links to unknown or circular parents: "
              + pending.stream().map(OrganizationRecord::code).toList());
    }
    for (Map.Entry<String, List<ParentLink>> e : linksByChild.entrySet()) {
      for (ParentLink l : e.getValue().subList(1, e.getValue().size())) {
        builder.move(e.getKey(), l.parentCode(), l.validFrom());
      }
    }
    return builder.build();
  }
}
