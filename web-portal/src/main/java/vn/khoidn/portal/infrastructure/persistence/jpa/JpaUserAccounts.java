package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.account.UserAccount;
import vn.khoidn.portal.application.account.UserAccounts;

/** The {@link UserAccounts} port over {@code user_account} and {@code user_role}. */
@ApplicationScoped
public class JpaUserAccounts implements UserAccounts {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private JpaUserAccountRepository accounts;

  @Override
  public Optional<UserAccount> byUsername(String username) {
    return accounts.findByUsername(username).map(JpaUserAccounts::account);
  }

  @Override
  public List<UserAccount> all() {
    return accounts.all().stream().map(JpaUserAccounts::account).toList();
  }

  @Override
  public void add(
      String username,
      String displayName,
      String passwordHash,
      long organizationId,
      Set<Role> roles) {
    OrganizationEntity organization = em.find(OrganizationEntity.class, organizationId);
    if (organization == null) {
      throw new IllegalStateException("No organization " + organizationId);
    }
    accounts.add(new UserAccountEntity(username, displayName, passwordHash, organization, roles));
  }

  @Override
  public void setEnabled(String username, boolean enabled) {
    require(username).setEnabled(enabled);
  }

  @Override
  public void changePassword(String username, String passwordHash) {
    require(username).changePassword(passwordHash);
  }

  @Override
  public void setOneTimePassword(String username, String passwordHash) {
    require(username).setOneTimePassword(passwordHash);
  }

  @Override
  public Optional<String> passwordHash(String username) {
    return accounts.findByUsername(username).map(UserAccountEntity::getPasswordHash);
  }

  @Override
  public boolean mustChangePassword(String username) {
    return accounts
        .findByUsername(username)
        .map(UserAccountEntity::isPasswordChangeRequired)
        .orElse(false);
  }

  @Override
  public void setContact(String username, String email, String phone) {
    require(username).setContact(email, phone);
  }

  private UserAccountEntity require(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new IllegalStateException("No user " + username));
  }

  private static UserAccount account(UserAccountEntity u) {
    return new UserAccount(
        u.getUsername(),
        u.getDisplayName(),
        u.getOrganization().getId(),
        u.getRoles(),
        u.isEnabled());
  }
}
