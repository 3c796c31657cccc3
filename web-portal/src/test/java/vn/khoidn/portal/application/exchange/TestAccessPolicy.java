package vn.khoidn.portal.application.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.organization.Organizations;

/** The access policy over in-memory users and organizations, for unit tests. */
public class TestAccessPolicy extends AccessPolicy {

  private final Organizations organizations;
  private final Map<String, Actor> actors = new HashMap<>();

  /**
   * A policy over these organizations.
   *
   * @param organizations the organizations
   */
  public TestAccessPolicy(Organizations organizations) {
    this.organizations = organizations;
  }

  /**
   * Adds a user.
   *
   * @param username the login name
   * @param organizationCode their organization
   * @param roles their roles
   * @return this policy
   */
  public TestAccessPolicy user(String username, String organizationCode, Role... roles) {
    actors.put(
        username,
        new Actor(
            username, organizations.byCode(organizationCode).orElseThrow().id(), Set.of(roles)));
    return this;
  }

  @Override
  public Actor actor(String username) {
    Actor a = actors.get(username);
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
