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
import vn.khoidn.portal.infrastructure.security.PortalAuthenticationMechanism;
import vn.khoidn.portal.interfaces.web.Messages;

/** The login form: hands the typed credentials to Jakarta Security and reports the outcome. */
@Named
@RequestScoped
public class LoginBean {

  static final String HOME = "/app/home.xhtml?faces-redirect=true";

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext facesContext;
  @Inject private ExternalContext externalContext;

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
    if (status == AuthenticationStatus.SUCCESS) {
      return returnTo(request);
    }
    Object locked = request.getAttribute(PortalAuthenticationMechanism.LOCKED_FOR);
    if (locked instanceof java.time.Duration d) {
      Messages.error(facesContext, "login.locked", PortalAuthenticationMechanism.minutes(d));
    } else {
      Messages.error(facesContext, "login.failed");
    }
    return null;
  }

  /** The page the user was sent away from, or the home page; only paths of this portal. */
  private static String returnTo(HttpServletRequest request) {
    Object target = request.getSession().getAttribute(PortalAuthenticationMechanism.RETURN_TO);
    request.getSession().removeAttribute(PortalAuthenticationMechanism.RETURN_TO);
    if (target instanceof String path && path.startsWith("/app/") && path.contains(".xhtml")) {
      return path + (path.contains("?") ? "&" : "?") + "faces-redirect=true";
    }
    return HOME;
  }

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
