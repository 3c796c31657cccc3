package vn.khoidn.portal.infrastructure.cache;

/**
 * A set of tables whose derived data the {@link ClusterCache} keeps under one stamp, which every
 * committed write to one of them replaces.
 */
public enum DataSet {
  /** Organizations, their parent links and the host units they are placed in. */
  TREE,
  /** Reporting rounds and their forms. */
  FORMS,
  /** Plan targets. */
  PLANS;

  /**
   * The key of the set's stamp in the cache.
   *
   * @return the key
   */
  String stampKey() {
    return "stamp|" + name();
  }
}
