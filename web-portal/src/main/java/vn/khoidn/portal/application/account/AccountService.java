package vn.khoidn.portal.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.khoidn.portal.application.InvalidInputException;
import vn.khoidn.portal.application.organization.OrganizationRef;
import vn.khoidn.portal.application.organization.OrganizationView;
import vn.khoidn.portal.application.organization.Organizations;

/** User accounts: the first administrator, new users, and the profile a page shows. */
@ApplicationScoped
public class AccountService {

  /** The user name of the first administrator. */
  public static final String ADMIN_USERNAME = "admin";

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int GENERATED_PASSWORD_LENGTH = 16;

  @Inject private LoginThrottle loginAttempts;
  @Inject private UserAccounts accounts;
  @Inject private Organizations organizations;
  @Inject private PasswordHashing hasher;

  /** For CDI. */
  protected AccountService() {}

  /**
   * A service over its ports, for tests without a container.
   *
   * @param accounts the accounts
   * @param organizations the organizations
   * @param hasher the password hashing
   * @param loginAttempts the login throttle
   */
  public AccountService(
      UserAccounts accounts,
      Organizations organizations,
      PasswordHashing hasher,
      LoginThrottle loginAttempts) {
    this.accounts = accounts;
    this.organizations = organizations;
    this.hasher = hasher;
    this.loginAttempts = loginAttempts;
  }

  /**
   * Creates the administrator {@code admin} in the given organization if there is none yet. Without
   * a configured password one is generated and written to the log, once.
   *
   * @param organizationCode the organization the administrator belongs to (the bloc committee)
   * @param configuredPassword the password from {@code PORTAL_ADMIN_PASSWORD}, if set
   * @return true if the administrator was created now
   */
  @Transactional
  public boolean ensureAdministrator(String organizationCode, Optional<String> configuredPassword) {
    if (accounts.byUsername(ADMIN_USERNAME).isPresent()) {
      return false;
    }
    String password =
        configuredPassword.filter(p -> !p.isBlank()).orElseGet(AccountService::generatePassword);
    createUser(ADMIN_USERNAME, "Quản trị hệ thống", password, organizationCode, Set.of(Role.ADMIN));
    if (configuredPassword.filter(p -> !p.isBlank()).isEmpty()) {
      LOG.warning(
          "Đã tạo tài khoản quản trị \"admin\" với mật khẩu: "
              + password
              + " (created administrator \"admin\"; change this password after the first login)");
    } else {
      LOG.info("Đã tạo tài khoản quản trị \"admin\" với mật khẩu từ PORTAL_ADMIN_PASSWORD.");
    }
    return true;
  }

  /**
   * Creates a user.
   *
   * @param username the login name
   * @param displayName the name shown in the portal
   * @param password the clear password, hashed before it is stored
   * @param organizationCode the code of the user's organization
   * @param roles the roles granted
   */
  @Transactional
  public void createUser(
      String username,
      String displayName,
      String password,
      String organizationCode,
      Set<Role> roles) {
    OrganizationRef organization =
        organizations
            .byCode(organizationCode)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "UNKNOWN_ORGANIZATION", "Không có tổ chức mã " + organizationCode + "."));
    accounts.add(
        UserAccount.normalize(username),
        displayName,
        hasher.hash(password),
        organization.id(),
        roles);
  }

  /** A user name: lower-case letters, digits, dots and dashes, 3 to 64 characters. */
  private static final java.util.regex.Pattern USERNAME =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.\\-_]{2,63}");

  /** The shortest password an administrator may set. */
  public static final int MIN_PASSWORD_LENGTH = 8;

  /**
   * Every user, for the administrator's page.
   *
   * @param adminName the administrator
   * @return the users by name
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.List<UserSummary> users(String adminName) {
    requireAdmin(adminName);
    java.util.Set<String> locked = loginAttempts.lockedNames();
    java.util.Map<Long, OrganizationRef> orgs = new java.util.HashMap<>();
    organizations.all().forEach(o -> orgs.put(o.id(), o));
    return accounts.all().stream()
        .map(
            u -> {
              OrganizationRef org = orgs.get(u.organizationId());
              return new UserSummary(
                  u.username(),
                  u.displayName(),
                  org == null ? "" : org.code(),
                  org == null ? "" : org.name(),
                  u.roles(),
                  u.enabled(),
                  locked.contains(u.username().toLowerCase(java.util.Locale.ROOT)));
            })
        .toList();
  }

  /**
   * An administrator creates a user.
   *
   * @param command the new user
   * @param adminName the administrator
   */
  @Transactional
  public void createUserAsAdmin(NewUser command, String adminName) {
    requireAdmin(adminName);
    String username = command.username() == null ? "" : UserAccount.normalize(command.username());
    if (!USERNAME.matcher(username).matches()) {
      throw new InvalidInputException(
          "BAD_USERNAME",
          "Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang; từ 3 đến 64 ký tự.");
    }
    if (accounts.byUsername(username).isPresent()) {
      throw new InvalidInputException(
          "DUPLICATE_USERNAME", "Tên đăng nhập \"" + username + "\" đã có người dùng.");
    }
    if (command.displayName() == null || command.displayName().isBlank()) {
      throw new InvalidInputException("NAME_REQUIRED", "Vui lòng nhập họ tên.");
    }
    requirePassword(command.password());
    if (command.roles() == null || command.roles().isEmpty()) {
      throw new InvalidInputException("ROLE_REQUIRED", "Vui lòng chọn ít nhất một vai trò.");
    }
    if (command.organizationCode() == null
        || organizations.byCode(command.organizationCode()).isEmpty()) {
      throw new InvalidInputException(
          "ORGANIZATION_REQUIRED", "Vui lòng chọn tổ chức của người dùng.");
    }
    createUser(
        username,
        vn.khoidn.domain.format.NameInput.check(command.displayName(), "họ tên"),
        command.password(),
        command.organizationCode(),
        command.roles());
  }

  /**
   * An administrator enables or disables a user.
   *
   * @param username the user
   * @param enabled whether the user may log in
   * @param adminName the administrator
   */
  @Transactional
  public void setEnabled(String username, boolean enabled, String adminName) {
    requireAdmin(adminName);
    if (!enabled && UserAccount.normalize(username).equals(UserAccount.normalize(adminName))) {
      throw new InvalidInputException(
          "SELF_DISABLE", "Không thể tự khóa tài khoản của chính mình.");
    }
    accounts.setEnabled(requireUser(username).username(), enabled);
  }

  /**
   * An administrator resets a user's password to a one-time password, which also lifts a login
   * lock. The password is returned once, to be shown once and handed to the user; the user must
   * choose a new one at the next login before any other page answers them.
   *
   * @param username the user
   * @param adminName the administrator
   * @return the one-time password
   */
  @Transactional
  public String resetPassword(String username, String adminName) {
    requireAdmin(adminName);
    String oneTime = generatePassword();
    accounts.setOneTimePassword(requireUser(username).username(), hasher.hash(oneTime));
    loginAttempts.clear(username);
    return oneTime;
  }

  /**
   * A user chooses a new password, typing the current one (a one-time password included).
   *
   * @param username the logged-in user
   * @param current the current password
   * @param chosen the new password
   * @param repeated the new password typed again
   */
  @Transactional
  public void changeOwnPassword(String username, String current, String chosen, String repeated) {
    UserAccount account = requireUser(username);
    String stored = accounts.passwordHash(account.username()).orElseThrow();
    if (current == null || !hasher.matches(current, stored)) {
      throw new InvalidInputException("WRONG_PASSWORD", "Mật khẩu hiện tại không đúng.");
    }
    requirePassword(chosen);
    if (!chosen.equals(repeated)) {
      throw new InvalidInputException(
          "PASSWORDS_DIFFER", "Hai lần nhập mật khẩu mới không giống nhau.");
    }
    if (chosen.equals(current)) {
      throw new InvalidInputException(
          "PASSWORD_UNCHANGED", "Mật khẩu mới phải khác mật khẩu hiện tại.");
    }
    accounts.changePassword(account.username(), hasher.hash(chosen));
  }

  /**
   * Whether a user logged in with a one-time password and must choose a new one first.
   *
   * @param username the user
   * @return true if so
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean mustChangePassword(String username) {
    return accounts.mustChangePassword(username);
  }

  /**
   * Refuses unless the user is an enabled administrator.
   *
   * @param adminName the user
   * @throws vn.khoidn.portal.application.account.AccessDeniedException if not
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void requireAdmin(String adminName) {
    boolean admin =
        accounts
            .byUsername(adminName)
            .filter(UserAccount::enabled)
            .map(u -> u.roles().contains(Role.ADMIN))
            .orElse(false);
    if (!admin) {
      throw new vn.khoidn.portal.application.account.AccessDeniedException(
          "Chỉ quản trị hệ thống được thực hiện thao tác này.");
    }
  }

  private static void requirePassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new InvalidInputException(
          "PASSWORD_TOO_SHORT", "Mật khẩu phải có ít nhất " + MIN_PASSWORD_LENGTH + " ký tự.");
    }
  }

  /**
   * An administrator lifts a user's login lock (after failed logins) at once.
   *
   * @param username the user
   * @param adminName the administrator
   */
  @Transactional
  public void unlockLogin(String username, String adminName) {
    requireAdmin(adminName);
    requireUser(username);
    loginAttempts.clear(username);
  }

  /**
   * The profile of a user: who they are and where they stand in the tree.
   *
   * @param username the login name
   * @return the profile, or empty if there is no such user
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UserProfile> profile(String username) {
    return accounts
        .byUsername(username)
        .flatMap(
            account ->
                organizations
                    .byId(account.organizationId())
                    .map(
                        org ->
                            new UserProfile(
                                account.username(),
                                account.displayName(),
                                account.roles(),
                                view(org),
                                org.parentId() == null
                                    ? null
                                    : organizations
                                        .byId(org.parentId())
                                        .map(AccountService::view)
                                        .orElse(null),
                                organizations.children(org.id()).stream()
                                    .map(AccountService::view)
                                    .toList())));
  }

  private UserAccount requireUser(String username) {
    return accounts
        .byUsername(username)
        .orElseThrow(
            () ->
                new InvalidInputException("UNKNOWN_USER", "Không có người dùng " + username + "."));
  }

  private static OrganizationView view(OrganizationRef o) {
    return new OrganizationView(o.code(), o.name(), o.kind(), o.sector(), o.establishedOn());
  }

  private static String generatePassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder(GENERATED_PASSWORD_LENGTH);
    for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
      sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return sb.toString();
  }
}
