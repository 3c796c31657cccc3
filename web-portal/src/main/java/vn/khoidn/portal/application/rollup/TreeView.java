package vn.khoidn.portal.application.rollup;

/** On which tree a roll-up of a past period groups its figures. */
public enum TreeView {
  /** The tree as it stood in the period: a past report counts what its bloc had then. */
  AS_IT_STOOD,
  /**
   * Today's tree: each figure under the organization that holds its organization's work now (its
   * successor after a merger, its new parent after a move). The top's totals are the same.
   */
  AS_ORGANIZED_TODAY
}
