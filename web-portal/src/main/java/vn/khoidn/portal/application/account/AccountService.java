package vn.khoidn.portal.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.khoidn.portal.application.organization.OrganizationView;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaOrganizationRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.JpaUserAccountRepository;
import vn.khoidn.portal.infrastructure.persistence.jpa.OrganizationEntity;
import vn.khoidn.portal.infrastructure.persistence.jpa.UserAccountEntity;
import vn.khoidn.portal.infrastructure.security.PasswordHasher;

/** User accounts: the first administrator, new users, and the profile a page shows. */
@ApplicationScoped
public class AccountService {

  /** The user name of the first administrator. */
  public static final String ADMIN_USERNAME = "admin";

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int GENERATED_PASSWORD_LENGTH = 16;

  @Inject private vn.khoidn.portal.infrastructure.security.LoginAttempts loginAttempts;
  @Inject private JpaUserAccountRepository accounts;
  @Inject private JpaOrganizationRepository organizations;
  @Inject private PasswordHasher hasher;

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
    if (accounts.findByUsername(ADMIN_USERNAME).isPresent()) {
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
    OrganizationEntity organization =
        organizations
            .findByCode(organizationCode)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("Không có tổ chức mã " + organizationCode + "."));
    accounts.add(
        new UserAccountEntity(
            JpaUserAccountRepository.normalize(username),
            displayName,
            hasher.hash(password),
            organization,
            roles));
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
    return accounts.all().stream()
        .map(
            u ->
                new UserSummary(
                    u.getUsername(),
                    u.getDisplayName(),
                    u.getOrganization().getCode(),
                    u.getOrganization().getName(),
                    u.getRoles(),
                    u.isEnabled(),
                    locked.contains(u.getUsername().toLowerCase(java.util.Locale.ROOT))))
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
    String username =
        command.username() == null ? "" : JpaUserAccountRepository.normalize(command.username());
    if (!USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang; từ 3 đến 64 ký tự.");
    }
    if (accounts.findByUsername(username).isPresent()) {
      throw new IllegalArgumentException("Tên đăng nhập \"" + username + "\" đã có người dùng.");
    }
    if (command.displayName() == null || command.displayName().isBlank()) {
      throw new IllegalArgumentException("Vui lòng nhập họ tên.");
    }
    requirePassword(command.password());
    if (command.roles() == null || command.roles().isEmpty()) {
      throw new IllegalArgumentException("Vui lòng chọn ít nhất một vai trò.");
    }
    if (command.organizationCode() == null
        || organizations.findByCode(command.organizationCode()).isEmpty()) {
      throw new IllegalArgumentException("Vui lòng chọn tổ chức của người dùng.");
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
    if (!enabled
        && JpaUserAccountRepository.normalize(username)
            .equals(JpaUserAccountRepository.normalize(adminName))) {
      throw new IllegalArgumentException("Không thể tự khóa tài khoản của chính mình.");
    }
    accounts
        .findByUsername(username)
        .orElseThrow(() -> new IllegalArgumentException("Không có người dùng " + username + "."))
        .setEnabled(enabled);
  }

  /**
   * An administrator sets a new password for a user, which also lifts a login lock.
   *
   * @param username the user
   * @param password the new password
   * @param adminName the administrator
   */
  @Transactional
  public void resetPassword(String username, String password, String adminName) {
    requireAdmin(adminName);
    requirePassword(password);
    accounts
        .findByUsername(username)
        .orElseThrow(() -> new IllegalArgumentException("Không có người dùng " + username + "."))
        .changePassword(hasher.hash(password));
    loginAttempts.clear(username);
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
            .findByUsername(adminName)
            .filter(UserAccountEntity::isEnabled)
            .map(u -> u.getRoles().contains(Role.ADMIN))
            .orElse(false);
    if (!admin) {
      throw new vn.khoidn.portal.application.account.AccessDeniedException(
          "Chỉ quản trị hệ thống được thực hiện thao tác này.");
    }
  }

  private static void requirePassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "Mật khẩu phải có ít nhất " + MIN_PASSWORD_LENGTH + " ký tự.");
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
    accounts
        .findByUsername(username)
        .orElseThrow(() -> new IllegalArgumentException("Không có người dùng " + username + "."));
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
        .findByUsername(username)
        .map(
            account -> {
              OrganizationEntity org = account.getOrganization();
              return new UserProfile(
                  account.getUsername(),
                  account.getDisplayName(),
                  account.getRoles(),
                  view(org),
                  org.getParent() == null ? null : view(org.getParent()),
                  organizations.findChildren(org).stream().map(AccountService::view).toList());
            });
  }

  private static OrganizationView view(OrganizationEntity o) {
    return new OrganizationView(
        o.getCode(), o.getName(), o.getKind(), o.getSector(), o.getEstablishedOn());
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
