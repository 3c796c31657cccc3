package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.khoidn.portal.application.account.Role;

/**
 * A user of the portal: the credentials, the roles, and the organization whose subtree they work
 * on.
 */
@Entity
@Table(name = "user_account")
public class UserAccountEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organization_id", nullable = false)
  private OrganizationEntity organization;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false, length = 32)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  @Column(length = 255)
  private String email;

  @Column(length = 32)
  private String phone;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected UserAccountEntity() {}

  /**
   * A new, enabled account.
   *
   * @param username the login name, stored in lower case
   * @param displayName the name shown in the portal
   * @param passwordHash the PBKDF2 hash of the password
   * @param organization the organization the user belongs to
   * @param roles the roles granted
   */
  public UserAccountEntity(
      String username,
      String displayName,
      String passwordHash,
      OrganizationEntity organization,
      Set<Role> roles) {
    this.username = Objects.requireNonNull(username, "Tên đăng nhập là bắt buộc.");
    this.displayName = Objects.requireNonNull(displayName, "Họ tên là bắt buộc.");
    this.passwordHash = Objects.requireNonNull(passwordHash, "Mật khẩu là bắt buộc.");
    this.organization = Objects.requireNonNull(organization, "Người dùng phải thuộc một tổ chức.");
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("Người dùng phải có ít nhất một vai trò.");
    }
    this.roles = EnumSet.copyOf(roles);
    this.createdAt = Instant.now();
  }

  /**
   * Enables or disables the account; a disabled account cannot log in.
   *
   * @param enabled whether the account may log in
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Replaces the password hash.
   *
   * @param passwordHash the new hash
   */
  public void changePassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.passwordChangeRequired = false;
  }

  /**
   * Replaces the password hash with a one-time password's, which must be changed at the next login.
   *
   * @param passwordHash the one-time password's hash
   */
  public void setOneTimePassword(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.passwordChangeRequired = true;
  }

  public boolean isPasswordChangeRequired() {
    return passwordChangeRequired;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public OrganizationEntity getOrganization() {
    return organization;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets how the user can be reached.
   *
   * @param email the e-mail address, or null
   * @param phone the telephone number, or null
   */
  public void setContact(String email, String phone) {
    this.email = email;
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }
}
