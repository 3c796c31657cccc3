package vn.khoidn.portal.application.organization;

import java.util.List;

/** The port that stores the tree aggregate: read whole, changed by events. */
public interface OrganizationTreeRepository {

  /**
   * Reads the whole tree with its history for a change, in a bounded number of statements (one per
   * table), and holds the tree's write lock until the transaction ends, so two administrators'
   * changes are checked one after the other.
   *
   * @return the stored tree
   */
  TreeRecords loadForChange();

  /**
   * Stores changes checked by a {@link TreeHistory}, in order, in the caller's transaction.
   *
   * @param events the changes
   */
  void store(List<TreeEvent> events);
}
