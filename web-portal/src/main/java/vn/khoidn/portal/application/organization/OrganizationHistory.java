package vn.khoidn.portal.application.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.account.AccountService;

/**
 * An organization's history as the administrator sees it: established, renamed, moved, dissolved,
 * merged or split, and what it took over, with the days, from the same stored tree the roll-ups
 * read.
 */
@ApplicationScoped
public class OrganizationHistory {

  @Inject private StoredTree storedTree;
  @Inject private AccountService accounts;

  /** For CDI. */
  protected OrganizationHistory() {}

  /**
   * A history over its ports, outside a container.
   *
   * @param storedTree the stored tree
   * @param accounts the administrator check
   */
  public OrganizationHistory(StoredTree storedTree, AccountService accounts) {
    this.storedTree = storedTree;
    this.accounts = accounts;
  }

  /**
   * An organization's history, oldest first.
   *
   * @param adminName the administrator
   * @param code the organization
   * @return its history
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<HistoryEntry> of(String adminName, String code) {
    accounts.requireAdmin(adminName);
    return of(storedTree.records(storedTree.organizations()), code);
  }

  /**
   * An organization's history in a stored tree, oldest first; on one day, the establishment first
   * and a dissolution last.
   *
   * @param records the stored tree
   * @param code the organization
   * @return its history
   * @throws InvalidInputException if there is no such organization
   */
  public static List<HistoryEntry> of(TreeRecords records, String code) {
    Map<String, OrganizationRef> byCode = new HashMap<>();
    records.organizations().forEach(o -> byCode.put(o.code(), o));
    OrganizationRef o = byCode.get(code);
    if (o == null) {
      throw new InvalidInputException("UNKNOWN_ORGANIZATION", "Không có tổ chức mã " + code + ".");
    }
    List<TreeRecords.Rename> renames =
        records.renames().stream()
            .filter(r -> r.code().equals(code))
            .sorted(Comparator.comparing(TreeRecords.Rename::from))
            .toList();
    List<TreeRecords.Link> links =
        records.links().stream()
            .filter(l -> l.childCode().equals(code))
            .sorted(
                Comparator.comparing(
                    TreeRecords.Link::from, Comparator.nullsFirst(Comparator.naturalOrder())))
            .toList();
    List<HistoryEntry> entries = new ArrayList<>();
    entries.add(
        new HistoryEntry(
            o.establishedOn(),
            HistoryEntry.Change.ESTABLISHED,
            renames.isEmpty() ? o.name() : renames.get(0).previousName(),
            null,
            links.isEmpty() ? List.of() : List.of(label(byCode, links.get(0).parentCode()))));
    for (TreeRecords.Link l : links.subList(Math.min(1, links.size()), links.size())) {
      entries.add(
          new HistoryEntry(
              l.from(),
              HistoryEntry.Change.MOVED,
              null,
              null,
              List.of(label(byCode, l.parentCode()))));
    }
    for (TreeRecords.Rename r : renames) {
      entries.add(
          new HistoryEntry(
              r.from(), HistoryEntry.Change.RENAMED, r.name(), r.previousName(), List.of()));
    }
    List<String> successors = new ArrayList<>();
    for (TreeRecords.Succession s : records.successions()) {
      if (s.predecessorCode().equals(code)) {
        successors.add(label(byCode, s.successorCode()));
      }
      if (s.successorCode().equals(code)) {
        entries.add(
            new HistoryEntry(
                s.on(),
                HistoryEntry.Change.TOOK_OVER,
                null,
                null,
                List.of(label(byCode, s.predecessorCode()))));
      }
    }
    if (o.dissolvedOn() != null) {
      entries.add(
          new HistoryEntry(
              o.dissolvedOn(),
              successors.isEmpty()
                  ? HistoryEntry.Change.DISSOLVED
                  : successors.size() == 1
                      ? HistoryEntry.Change.MERGED_INTO
                      : HistoryEntry.Change.SPLIT_INTO,
              null,
              null,
              successors));
    }
    LocalDate first = o.establishedOn() == null ? LocalDate.MIN : o.establishedOn();
    // A stable sort: on one day the establishment stays first and the dissolution last.
    entries.sort(
        Comparator.comparing((HistoryEntry e) -> e.on() == null ? first : e.on())
            .thenComparing(e -> e.change() == HistoryEntry.Change.ESTABLISHED ? 0 : 1)
            .thenComparing(e -> isEnd(e.change()) ? 1 : 0));
    return entries;
  }

  private static boolean isEnd(HistoryEntry.Change change) {
    return change == HistoryEntry.Change.DISSOLVED
        || change == HistoryEntry.Change.MERGED_INTO
        || change == HistoryEntry.Change.SPLIT_INTO;
  }

  private static String label(Map<String, OrganizationRef> byCode, String code) {
    OrganizationRef o = byCode.get(code);
    return o == null ? code : o.name() + " (" + code + ")";
  }
}
