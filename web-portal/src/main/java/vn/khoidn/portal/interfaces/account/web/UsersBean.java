package vn.khoidn.portal.interfaces.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.NewUser;
import vn.khoidn.portal.application.account.Role;
import vn.khoidn.portal.application.account.UserSummary;
import vn.khoidn.portal.application.organization.OrganizationRow;
import vn.khoidn.portal.application.organization.OrganizationService;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;

/** The users page: who may log in, where they belong, and what they may do. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;
  @Inject private OrganizationService organizations;

  private List<UserSummary> users;
  private List<OrganizationRow> organizationChoices;
  private String username;
  private String displayName;
  private String password;
  private String organizationCode;
  // An array, not a List: the checkboxes then convert to Role, and after a refusal the roles
  // stay as ticked (a List.of default could be neither converted into nor serialized back).
  private Role[] roles = {Role.REPORTER};

  @PostConstruct
  void load() {
    users = accounts.users(CurrentUser.name());
    organizationChoices = organizations.all(CurrentUser.name());
  }

  /** Creates the user typed in the form. */
  public void create() {
    run(
        () ->
            accounts.createUserAsAdmin(
                new NewUser(
                    username,
                    displayName,
                    password,
                    organizationCode,
                    roles == null || roles.length == 0
                        ? Set.of()
                        : EnumSet.copyOf(Arrays.asList(roles))),
                CurrentUser.name()),
        "users.created");
    if (!FacesContext.getCurrentInstance().isValidationFailed()) {
      username = null;
      displayName = null;
      password = null;
    }
  }

  /**
   * Enables or disables a user.
   *
   * @param user the user
   * @param enabled whether the user may log in
   */
  public void setEnabled(String user, boolean enabled) {
    run(
        () -> accounts.setEnabled(user, enabled, CurrentUser.name()),
        enabled ? "users.enabled" : "users.disabled");
  }

  /**
   * Lifts a user's login lock after failed logins.
   *
   * @param user the user
   */
  public void unlockLogin(String user) {
    run(() -> accounts.unlockLogin(user, CurrentUser.name()), "users.loginUnlocked");
  }

  /**
   * Resets a user's password to a one-time password, shown once in this page's messages.
   *
   * @param user the user
   */
  public void resetPassword(String user) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      String oneTime = accounts.resetPassword(user, CurrentUser.name());
      Messages.info(context, "users.oneTimePassword", user, oneTime);
      users = accounts.users(CurrentUser.name());
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  /** Every role, for the checkboxes. */
  public Role[] getAllRoles() {
    return Role.values();
  }

  private void run(Runnable action, String successKey) {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      action.run();
      Messages.info(context, successKey);
      users = accounts.users(CurrentUser.name());
    } catch (IllegalArgumentException | AccessDeniedException e) {
      Messages.refusal(context, e);
      context.validationFailed();
    }
  }

  public List<UserSummary> getUsers() {
    return users;
  }

  public List<OrganizationRow> getOrganizationChoices() {
    return organizationChoices;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getOrganizationCode() {
    return organizationCode;
  }

  public void setOrganizationCode(String organizationCode) {
    this.organizationCode = organizationCode;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }
}
