package vn.khoidn.portal.interfaces.home.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.application.account.UserProfile;
import vn.khoidn.portal.interfaces.web.CurrentUser;

/** The home page: who is logged in, their organization, and the organizations under it. */
@Named
@ViewScoped
public class HomeBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;

  private UserProfile profile;

  @PostConstruct
  void load() {
    profile =
        accounts
            .profile(CurrentUser.name())
            .orElseThrow(() -> new IllegalStateException("The logged-in user no longer exists."));
  }

  public UserProfile getProfile() {
    return profile;
  }
}
