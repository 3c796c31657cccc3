package vn.khoidn.portal.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccessPolicy;
import vn.khoidn.portal.application.account.Actor;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.organization.Organizations;

/**
 * The real access policy over in-memory organizations, with its users given in the test instead of
 * read from accounts, for the application's unit tests.
 */
public class FixedUsers extends AccessPolicy {

  private final Organizations organizations;
  private final Map<String, Actor> actors = new HashMap<>();

  /**
   * A policy over these organizations.
   *
   * @param organizations the organizations
   */
  public FixedUsers(Organizations organizations) {
    super(null, organizations);
    this.organizations = organizations;
  }

  /**
   * Adds a user in an organization given by id.
   *
   * @param username the login name
   * @param organizationId their organization
   * @param roles their roles
   * @return this policy
   */
  public FixedUsers user(String username, long organizationId, Role... roles) {
    actors.put(username, new Actor(username, organizationId, Set.of(roles)));
    return this;
  }

  /**
   * Adds a user in an organization given by code.
   *
   * @param username the login name
   * @param organizationCode their organization
   * @param roles their roles
   * @return this policy
   */
  public FixedUsers user(String username, String organizationCode, Role... roles) {
    return user(username, organizations.byCode(organizationCode).orElseThrow().id(), roles);
  }

  @Override
  public Actor actor(String username) {
    Actor a = actors.get(username);
    if (a == null) {
      throw new AccessDeniedException("Tài khoản không tồn tại hoặc đã bị khóa.");
    }
    return a;
  }
}
