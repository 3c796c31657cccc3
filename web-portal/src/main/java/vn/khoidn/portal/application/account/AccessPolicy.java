package vn.khoidn.portal.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import vn.khoidn.portal.application.organization.Organizations;

/**
 * Who may see and change what: every user belongs to an organization and works only on its subtree;
 * a subordinate cell also sees the form of the grassroots committee it belongs to, and enters its
 * own figures there.
 */
@ApplicationScoped
public class AccessPolicy {

  /** For CDI. */
  protected AccessPolicy() {}

  /**
   * A policy over its ports, for tests without a container.
   *
   * @param accounts the accounts
   * @param organizations the organizations
   */
  public AccessPolicy(UserAccounts accounts, Organizations organizations) {
    this.accounts = accounts;
    this.organizations = organizations;
  }

  @Inject private UserAccounts accounts;
  @Inject private Organizations organizations;

  /**
   * The acting user.
   *
   * @param username the login name
   * @return the actor
   * @throws AccessDeniedException if there is no such enabled user
   */
  public Actor actor(String username) {
    UserAccount account =
        accounts
            .byUsername(username)
            .filter(UserAccount::enabled)
            .orElseThrow(
                () -> new AccessDeniedException("Tài khoản không tồn tại hoặc đã bị khóa."));
    return new Actor(account.username(), account.organizationId(), account.roles());
  }

  /**
   * Whether the organization lies in the actor's subtree (their own organization or below), in one
   * statement.
   *
   * @param actor the actor
   * @param organizationId the organization
   * @return true if the actor works on it
   */
  public boolean covers(Actor actor, long organizationId) {
    return organizations.isWithin(organizationId, actor.organizationId());
  }

  /**
   * Whether the actor may see the form of an organization: it belongs to their subtree, or they are
   * a reporting cell directly under it.
   *
   * @param actor the actor
   * @param organizationId the form's organization
   * @return true if they may open it
   */
  public boolean canSeeFormOf(Actor actor, long organizationId) {
    if (covers(actor, organizationId)) {
      return true;
    }
    return actor.isReporter()
        && organizations
            .byId(actor.organizationId())
            .map(own -> Objects.equals(own.parentId(), organizationId))
            .orElse(false);
  }

  /**
   * Refuses unless the actor may see the form of an organization. The message does not say whether
   * the form exists.
   *
   * @param actor the actor
   * @param organizationId the form's organization
   */
  public void requireSeeFormOf(Actor actor, long organizationId) {
    if (!canSeeFormOf(actor, organizationId)) {
      throw new AccessDeniedException("Bạn không có quyền xem biểu mẫu này.");
    }
  }

  /**
   * Refuses unless the actor is staff working on the organization.
   *
   * @param actor the actor
   * @param organizationId the organization
   */
  public void requireStaffOver(Actor actor, long organizationId) {
    if (!actor.isStaff() || !covers(actor, organizationId)) {
      throw new AccessDeniedException(
          "Chỉ Ban Tổ chức phụ trách tổ chức này mới được thực hiện thao tác này.");
    }
  }
}
