package vn.khoidn.portal.application.figure;

import java.util.Collection;

/**
 * The version of each period's countable figures, which caches compare and writers lock. Writers of
 * the same periods take turns on them, in the order of the period codes.
 */
public interface PeriodVersions {

  /**
   * The periods that have no version yet, read in the caller's transaction without a lock.
   *
   * @param periodCodes the periods
   * @return those without a version row
   */
  java.util.Set<String> missing(Collection<String> periodCodes);

  /**
   * Gives periods that have no version one, in a transaction of its own.
   *
   * @param periodCodes the periods
   */
  void ensure(Collection<String> periodCodes);

  /**
   * Locks the periods' versions until the caller's transaction ends.
   *
   * @param periodCodes the periods, which {@link #ensure} has given versions
   */
  void lock(Collection<String> periodCodes);

  /**
   * Gives the periods new versions, in the caller's transaction.
   *
   * @param periodCodes the periods whose countable figures changed
   */
  void changed(Collection<String> periodCodes);
}
