package vn.khoidn.portal.application.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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
    return TreeHistory.of(records(orgs)).tree();
  }

  /**
   * The stored tree with its history as plain values.
   *
   * @param orgs every organization, as read in the same transaction
   * @return the records
   */
  public TreeRecords records(List<OrganizationRecord> orgs) {
    List<OrganizationRef> refs =
        orgs.stream()
            .map(
                o ->
                    new OrganizationRef(
                        o.id(),
                        o.code(),
                        o.name(),
                        o.kind(),
                        o.sector(),
                        null,
                        o.hostUnitCode(),
                        o.establishedOn(),
                        o.dissolvedOn()))
            .toList();
    List<TreeRecords.Link> links =
        source.links().stream()
            .map(
                l ->
                    new TreeRecords.Link(
                        l.childCode(), l.parentCode(), l.validFrom(), l.validUntil()))
            .toList();
    return new TreeRecords(refs, links, source.renames(), source.successions());
  }
}
