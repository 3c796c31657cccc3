package vn.khoidn.portal.application.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.khoidn.domain.registry.Sector;
import vn.khoidn.portal.application.organization.InMemoryTree;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.OrganizationService;
import vn.khoidn.portal.application.organization.OrganizationTreeRepository;
import vn.khoidn.portal.application.organization.TreeEvent;
import vn.khoidn.portal.application.organization.TreeHistory;
import vn.khoidn.portal.application.organization.TreeRecords;
import vn.khoidn.portal.application.registry.HostUnitRepository;

/**
 * The organization import's writes on an in-memory tree: the tree's batch through the real {@link
 * OrganizationService} and {@link TreeHistory} (so domain-core checks it as in the portal), the
 * details on the stored organizations.
 */
public class InMemoryOrganizationChanges implements OrganizationChanges {

  private final InMemoryTree tree;
  private final HostUnitRepository units;
  private final OrganizationService service;

  /**
   * What was written, in order, e.g. {@code "reestablish DB1 2015-01-01"} or {@code "store
   * [Moved[...]]"}.
   */
  public final List<String> calls = new ArrayList<>();

  /** How often the tree was read for a change (or a check). */
  public int treeReads;

  /**
   * Writes on this tree.
   *
   * @param tree the stored tree
   * @param units the registry the host units come from
   * @param accounts the administrators
   */
  public InMemoryOrganizationChanges(
      InMemoryTree tree,
      HostUnitRepository units,
      vn.khoidn.portal.application.account.AccountService accounts) {
    this.tree = tree;
    this.units = units;
    OrganizationTreeRepository recorded =
        new OrganizationTreeRepository() {
          @Override
          public TreeRecords loadForChange() {
            treeReads++;
            return tree.loadForChange();
          }

          @Override
          public void store(List<TreeEvent> events) {
            if (!events.isEmpty()) {
              calls.add("store " + events);
            }
            tree.store(events);
          }
        };
    // The import never asks who may see what: no access policy.
    this.service = new OrganizationService(tree, recorded, accounts, null);
  }

  @Override
  public void changeTree(String adminName, boolean dryRun, Consumer<TreeHistory> changes) {
    if (dryRun) {
      service.check(adminName, changes);
    } else {
      service.change(adminName, changes);
    }
  }

  @Override
  public void correct(String code, String name, Sector sector) {
    calls.add("correct " + code);
    OrganizationRef o = tree.byCode(code).orElseThrow();
    tree.replace(
        new OrganizationRef(
            o.id(),
            code,
            name,
            o.kind(),
            sector,
            o.parentId(),
            o.hostUnitCode(),
            o.establishedOn(),
            o.dissolvedOn()));
  }

  @Override
  public void placeIn(String code, String hostUnitCode) {
    calls.add("placeIn " + code + " " + hostUnitCode);
    OrganizationRef o = tree.byCode(code).orElseThrow();
    Sector sector = units.byCode(hostUnitCode).orElseThrow().unit().sector();
    tree.replace(
        new OrganizationRef(
            o.id(),
            code,
            o.name(),
            o.kind(),
            sector,
            o.parentId(),
            hostUnitCode,
            o.establishedOn(),
            o.dissolvedOn()));
  }

  @Override
  public void reestablish(String code, LocalDate on) {
    calls.add("reestablish " + code + " " + on);
    tree.reestablish(code, on);
  }
}
