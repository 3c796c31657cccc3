package vn.khoidn.portal.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaUserAccountRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.ReportFormEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.UserAccountEntity;

/**
 * Who may see and change what: every user belongs to an organization and works only on its subtree;
 * a subordinate cell also sees the form of the grassroots committee it belongs to, and enters its
 * own figures there.
 */
@ApplicationScoped
public class AccessPolicy {

  @Inject private JpaUserAccountRepository accounts;

  /**
   * The acting user.
   *
   * @param username the login name
   * @return the actor
   * @throws AccessDeniedException if there is no such enabled user
   */
  public Actor actor(String username) {
    UserAccountEntity account =
        accounts
            .findByUsername(username)
            .filter(UserAccountEntity::isEnabled)
            .orElseThrow(
                () -> new AccessDeniedException("Tài khoản không tồn tại hoặc đã bị khóa."));
    return new Actor(account.getUsername(), account.getOrganization().getId(), account.getRoles());
  }

  /**
   * Whether the organization lies in the actor's subtree (their own organization or below).
   *
   * @param actor the actor
   * @param organization the organization
   * @return true if the actor works on it
   */
  public boolean covers(Actor actor, OrganizationEntity organization) {
    for (OrganizationEntity o = organization; o != null; o = o.getParent()) {
      if (Objects.equals(o.getId(), actor.organizationId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the actor may see the form: it belongs to their subtree, or they are a cell under its
   * organization.
   *
   * @param actor the actor
   * @param form the form
   * @return true if they may open it
   */
  public boolean canSee(Actor actor, ReportFormEntity form) {
    OrganizationEntity org = form.getOrganization();
    if (covers(actor, org)) {
      return true;
    }
    return actor.isReporter() && isCellUnder(actor, org);
  }

  /**
   * Refuses unless the actor may see the form. The message does not say whether the form exists.
   *
   * @param actor the actor
   * @param form the form
   */
  public void requireSee(Actor actor, ReportFormEntity form) {
    if (!canSee(actor, form)) {
      throw new AccessDeniedException("Bạn không có quyền xem biểu mẫu này.");
    }
  }

  /**
   * Refuses unless the actor is staff working on the form's organization.
   *
   * @param actor the actor
   * @param organization the organization
   */
  public void requireStaffOver(Actor actor, OrganizationEntity organization) {
    if (!actor.isStaff() || !covers(actor, organization)) {
      throw new AccessDeniedException(
          "Chỉ Ban Tổ chức phụ trách tổ chức này mới được thực hiện thao tác này.");
    }
  }

  private boolean isCellUnder(Actor actor, OrganizationEntity org) {
    return accounts
        .findByUsername(actor.username())
        .map(UserAccountEntity::getOrganization)
        .map(OrganizationEntity::getParent)
        .map(parent -> Objects.equals(parent.getId(), org.getId()))
        .orElse(false);
  }
}
