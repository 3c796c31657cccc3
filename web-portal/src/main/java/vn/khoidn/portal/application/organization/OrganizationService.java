package vn.khoidn.portal.application.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.Actor;

/**
 * The administrator's work on the tree: new organizations, moves, renames, dissolutions, mergers
 * and splits, each checked by domain-core's tree builder against the whole stored history ({@link
 * TreeHistory}) and recorded with its date, so that roll-ups of past periods keep the tree as it
 * stood then.
 */
@ApplicationScoped
public class OrganizationService {

  @Inject private Organizations organizations;
  @Inject private OrganizationTreeRepository trees;
  @Inject private AccountService accounts;
  @Inject private AccessPolicy access;

  /** For CDI. */
  protected OrganizationService() {}

  /**
   * A service over its ports, for tests without a container.
   *
   * @param organizations the organizations
   * @param trees the tree aggregate's repository
   * @param accounts the accounts (for the administrator check)
   * @param access the access policy
   */
  public OrganizationService(
      Organizations organizations,
      OrganizationTreeRepository trees,
      AccountService accounts,
      AccessPolicy access) {
    this.organizations = organizations;
    this.trees = trees;
    this.accounts = accounts;
    this.access = access;
  }

  /**
   * Every organization with its current parent.
   *
   * @param adminName the administrator
   * @return the organizations by code
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OrganizationRow> all(String adminName) {
    accounts.requireAdmin(adminName);
    return rows(organizations.all());
  }

  /**
   * Makes changes to the tree in one transaction: the history is read once, every change is checked
   * against it and the changes before it, and all are stored or none.
   *
   * @param adminName the administrator
   * @param changes the changes, made on the aggregate
   */
  @Transactional
  public void change(String adminName, Consumer<TreeHistory> changes) {
    accounts.requireAdmin(adminName);
    TreeHistory tree = TreeHistory.of(trees.loadForChange());
    changes.accept(tree);
    trees.store(tree.events());
  }

  /**
   * Checks changes to the tree as {@link #change} would make them, and stores none.
   *
   * @param adminName the administrator
   * @param changes the changes, made on the aggregate
   */
  @Transactional
  public void check(String adminName, Consumer<TreeHistory> changes) {
    accounts.requireAdmin(adminName);
    changes.accept(TreeHistory.of(trees.loadForChange()));
  }

  /**
   * Creates an organization under a parent.
   *
   * @param command code, name, kind, parent, sector and establishment date
   * @param adminName the administrator
   */
  @Transactional
  public void create(OrganizationRow command, String adminName) {
    change(
        adminName,
        tree ->
            tree.add(
                command.code(),
                command.name(),
                command.kind(),
                command.sector(),
                command.parentCode(),
                command.establishedOn()));
  }

  /**
   * Moves an organization under another parent from a day on; the old link ends that day.
   *
   * @param code the organization
   * @param newParentCode its new parent
   * @param on the first day under the new parent
   * @param adminName the administrator
   */
  @Transactional
  public void move(String code, String newParentCode, LocalDate on, String adminName) {
    change(adminName, tree -> tree.move(code, newParentCode, on));
  }

  /**
   * Gives an organization a new name from a day on; reports of earlier periods keep the old one.
   *
   * @param code the organization
   * @param newName the new name
   * @param on the first day of the new name
   * @param adminName the administrator
   */
  @Transactional
  public void rename(String code, String newName, LocalDate on, String adminName) {
    change(adminName, tree -> tree.rename(code, newName, on));
  }

  /**
   * Records that an organization was dissolved without a successor; refused while organizations
   * still stand under it that day.
   *
   * @param code the organization
   * @param on the first day it no longer exists
   * @param adminName the administrator
   */
  @Transactional
  public void dissolve(String code, LocalDate on, String adminName) {
    dissolve(code, on, null, adminName);
  }

  /**
   * Records that an organization was dissolved, taken over by a successor (a merger): what stood
   * under it that day moves under the successor.
   *
   * @param code the organization
   * @param on the first day it no longer exists
   * @param successorCode the organization that takes it over, or null
   * @param adminName the administrator
   */
  @Transactional
  public void dissolve(String code, LocalDate on, String successorCode, String adminName) {
    change(adminName, tree -> tree.dissolve(code, on, successorCode));
  }

  /**
   * Splits an organization into several existing ones.
   *
   * @param code the organization split
   * @param intoCodes its successors (at least two)
   * @param on the day of the split
   * @param adminName the administrator
   */
  @Transactional
  public void split(String code, List<String> intoCodes, LocalDate on, String adminName) {
    change(adminName, tree -> tree.split(code, intoCodes, on));
  }

  /**
   * The user's organization and everything under it, parents before children.
   *
   * @param username any user
   * @return the organizations
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<OrganizationRow> subtreeOf(String username) {
    Actor actor = access.actor(username);
    List<OrganizationRef> subtree = organizations.subtree(actor.organizationId());
    Map<Long, String> codes = new HashMap<>();
    subtree.forEach(o -> codes.put(o.id(), o.code()));
    List<OrganizationRow> rows = new java.util.ArrayList<>();
    for (OrganizationRef o : subtree) {
      String parent = o.parentId() == null ? null : codes.get(o.parentId());
      if (parent == null && o.parentId() != null) {
        parent = organizations.byId(o.parentId()).map(OrganizationRef::code).orElse(null);
      }
      rows.add(OrganizationRow.of(o, parent));
    }
    return rows;
  }

  /**
   * Whether an organization with this code exists.
   *
   * @param code the code
   * @return true if it does
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean exists(String code) {
    return code != null && organizations.byCode(code.strip()).isPresent();
  }

  private static List<OrganizationRow> rows(List<OrganizationRef> all) {
    Map<Long, String> codes = new HashMap<>();
    all.forEach(o -> codes.put(o.id(), o.code()));
    return all.stream()
        .map(o -> OrganizationRow.of(o, o.parentId() == null ? null : codes.get(o.parentId())))
        .toList();
  }
}
