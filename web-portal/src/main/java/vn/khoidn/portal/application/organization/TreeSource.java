package vn.khoidn.portal.application.organization;

import java.util.List;

/**
 * Every organization and every parent link, as plain values: what the dated tree is built from. A
 * national tree has 60,000 organizations; an adapter may keep them in a cache, but what it returns
 * is never older than the last committed write it could see.
 */
public interface TreeSource {

  /**
   * Every organization, by id.
   *
   * @return the organizations
   */
  List<OrganizationRecord> organizations();

  /**
   * Every parent link.
   *
   * @return the links, in no particular order
   */
  List<ParentLink> links();

  /**
   * Every rename of the tree's history.
   *
   * @return the renames
   */
  List<TreeRecords.Rename> renames();

  /**
   * Every succession of a dissolved organization by another.
   *
   * @return the successions
   */
  List<TreeRecords.Succession> successions();
}
