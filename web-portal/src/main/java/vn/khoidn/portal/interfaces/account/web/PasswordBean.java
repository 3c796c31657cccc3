package vn.khoidn.portal.interfaces.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.khoidn.portal.application.account.AccountService;
import vn.khoidn.portal.interfaces.web.CurrentUser;
import vn.khoidn.portal.interfaces.web.Messages;

/**
 * The change-password page: every user may choose a new password; one who logged in with a one-time
 * password is sent here before any other page.
 */
@Named
@RequestScoped
public class PasswordBean {

  @Inject private AccountService accounts;

  private String current;
  private String chosen;
  private String repeated;

  /**
   * Stores the new password.
   *
   * @return the home page, or null to stay with a message
   */
  public String change() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      accounts.changeOwnPassword(CurrentUser.name(), current, chosen, repeated);
    } catch (IllegalArgumentException e) {
      Messages.refusal(context, e);
      context.validationFailed();
      return null;
    }
    Messages.info(context, "password.changed");
    context.getExternalContext().getFlash().setKeepMessages(true);
    return "/app/home?faces-redirect=true";
  }

  /** Whether the user holds a one-time password, so the page says why they are here. */
  public boolean isOneTime() {
    return accounts.mustChangePassword(CurrentUser.name());
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
