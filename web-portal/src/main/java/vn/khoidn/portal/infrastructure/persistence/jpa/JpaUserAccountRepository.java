package vn.khoidn.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/** Reads and stores user accounts. User names are compared in lower case. */
@ApplicationScoped
public class JpaUserAccountRepository {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /**
   * The account with this user name, whatever its case.
   *
   * @param username the login name
   * @return the account, or empty if there is none
   */
  public Optional<UserAccountEntity> findByUsername(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return em
        .createQuery(
            "SELECT u FROM UserAccountEntity u WHERE u.username = :username",
            UserAccountEntity.class)
        .setParameter("username", normalize(username))
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Every account, by user name. */
  public java.util.List<UserAccountEntity> all() {
    return em.createQuery(
            "SELECT u FROM UserAccountEntity u JOIN FETCH u.organization ORDER BY u.username",
            UserAccountEntity.class)
        .getResultList();
  }

  /**
   * Stores a new account.
   *
   * @param account the account
   * @return the stored account
   */
  public UserAccountEntity add(UserAccountEntity account) {
    em.persist(account);
    return account;
  }

  /**
   * The canonical form of a user name: trimmed and in lower case.
   *
   * @param username a user name as typed
   * @return the stored form
   */
  public static String normalize(String username) {
    return username.trim().toLowerCase(Locale.ROOT);
  }
}
