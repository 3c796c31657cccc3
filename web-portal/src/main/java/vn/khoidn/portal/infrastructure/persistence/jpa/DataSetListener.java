package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import vn.khoidn.portal.infrastructure.cache.ClusterCache;
import vn.khoidn.portal.infrastructure.cache.DataSet;

/**
 * Tells the {@link ClusterCache} which tables a transaction changes, so that the roll-up data
 * derived from them gets a new stamp when it commits. On the entities of the tree (organizations,
 * parent links, host units), of the rounds and forms, and of the plans. No code writes these tables
 * with SQL of its own; a write that did would have to call {@link ClusterCache#written} itself.
 */
public class DataSetListener {

  @PostPersist
  @PostUpdate
  @PostRemove
  void changed(Object entity) {
    DataSet set = of(entity);
    if (set != null) {
      CDI.current().select(ClusterCache.class).get().written(set);
    }
  }

  /** The set an entity's table belongs to, or null. */
  static DataSet of(Object entity) {
    if (entity instanceof OrganizationEntity
        || entity instanceof OrganizationLinkEntity
        || entity instanceof HostUnitEntity) {
      return DataSet.TREE;
    }
    if (entity instanceof ReportFormEntity || entity instanceof ReportingRoundEntity) {
      return DataSet.FORMS;
    }
    if (entity instanceof PlanTargetEntity) {
      return DataSet.PLANS;
    }
    return null;
  }
}
