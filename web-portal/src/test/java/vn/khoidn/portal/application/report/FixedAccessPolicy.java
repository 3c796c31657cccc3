package vn.khoidn.portal.application.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.organization.Organizations;

/** The access policy over a fixed set of users and in-memory organizations. */
final class FixedAccessPolicy extends AccessPolicy {

  private final Map<String, Actor> users = new HashMap<>();
  private final Organizations organizations;

  FixedAccessPolicy(Organizations organizations) {
    this.organizations = organizations;
  }

  FixedAccessPolicy user(String username, long organizationId, Role... roles) {
    users.put(username, new Actor(username, organizationId, Set.of(roles)));
    return this;
  }

  @Override
  public Actor actor(String username) {
    Actor a = users.get(username);
    if (a == null) {
      throw new AccessDeniedException("Tài khoản không tồn tại hoặc đã bị khóa.");
    }
    return a;
  }

  @Override
  public boolean covers(Actor actor, long organizationId) {
    return organizations.isWithin(organizationId, actor.organizationId());
  }
}
