package vn.khoidn.portal.application.exchange;

import java.util.Set;
import vn.khoidn.portal.application.account.AccessDeniedException;
import vn.khoidn.portal.application.account.AccountService;

/** Administrators by name, for unit tests. */
public class TestAccounts extends AccountService {

  private final Set<String> admins;

  /**
   * These administrators.
   *
   * @param admins their login names
   */
  public TestAccounts(String... admins) {
    this.admins = Set.of(admins);
  }

  @Override
  public void requireAdmin(String adminName) {
    if (!admins.contains(adminName)) {
      throw new AccessDeniedException("Chỉ quản trị hệ thống được thực hiện thao tác này.");
    }
  }
}
