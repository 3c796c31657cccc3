package vn.khoidn.portal.interfaces.login.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.khoidn.portal.interfaces.web.Messages;

/** The login form: hands the typed credentials to Jakarta Security and reports the outcome. */
@Named
@RequestScoped
public class LoginBean {

  static final String HOME = "/app/home.xhtml?faces-redirect=true";

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;
  @Inject private ExternalContext externalContext;
  @Inject private vn.khoidn.portal.application.account.AccountService accounts;

  private String username;
  private String password;

  /**
   * Logs in. A new session id is issued first, so an id known before login is worthless after it.
   *
   * @return the home page, or null to stay on the login page with a message
   */
  public String login() {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .credential(new UsernamePasswordCredential(username, password))
                .newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE:
        facesContext.responseComplete();
        return null;
      case SUCCESS:
        return HOME;
      default:
        forgetFailedAttempt(request);
        Messages.error(facesContext, accounts.isLocked(username) ? "login.locked" : "login.failed");
        return null;
    }
  }

  /**
   * Soteria (Jakarta Security in Payara) keeps a "caller-initiated authentication" flag in the session after a
   * failed attempt, and then answers the next visit to a protected page with an empty response. Clearing it
   * makes that visit show the login page again.
   */
  private static void forgetFailedAttempt(HttpServletRequest request) {
    if (request.getSession(false) != null) {
      request.getSession(false).removeAttribute(SOTERIA_CALLER_INITIATED);
    }
  }

  private static final String SOTERIA_CALLER_INITIATED = "org.glassfish.soteria.caller_initiated_authentication";

  /**
   * Logs out and ends the session.
   *
   * @return the login page
   * @throws ServletException if the container refuses the logout
   */
  public String logout() throws ServletException {
    ((HttpServletRequest) externalContext.getRequest()).logout();
    externalContext.invalidateSession();
    return "/login.xhtml?faces-redirect=true";
  }

  /** Sends a user who is already logged in straight to the home page. */
  public String redirectIfLoggedIn() {
    return securityContext.getCallerPrincipal() != null ? HOME : null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
