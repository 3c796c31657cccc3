package vn.khoidn.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Form login on the portal's own Faces page, with the logged-in user kept in the session.
 *
 * <ul>
 *   <li>The login page hands the typed credentials over through {@code
 *       SecurityContext.authenticate}; valid ones are remembered in the session as a {@link
 *       SessionUser}.
 *   <li>Every later request hands that user and their roles to the container again.
 *   <li>An anonymous visit to a page under {@code /app/} is sent to {@code /login.xhtml}, and back
 *       to the page after login.
 * </ul>
 *
 * <p>Why not {@code @CustomFormAuthenticationMechanismDefinition}: its {@code @AutoApplySession}
 * loses the caller's groups under load on Payara (payara/Payara#6145, open), and users got 403 for
 * pages they may see.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The session attribute holding the logged-in {@link SessionUser}. */
  public static final String SESSION_USER = "vn.khoidn.portal.user";

  /** The session attribute holding the page to return to after login. */
  public static final String RETURN_TO = "vn.khoidn.portal.returnTo";

  private static final String LOGIN_PAGE = "/login.xhtml";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request
          .getSession(true)
          .setAttribute(
              SESSION_USER,
              new SessionUser(result.getCallerPrincipal().getName(), result.getCallerGroups()));
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    SessionUser user = session == null ? null : (SessionUser) session.getAttribute(SESSION_USER);
    if (user != null) {
      return context.notifyContainerAboutLogin(user.name(), user.groups());
    }
    if (context.isProtected()) {
      if ("GET".equals(request.getMethod())) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request
            .getSession(true)
            .setAttribute(RETURN_TO, query == null ? target : target + "?" + query);
      }
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_USER);
    }
  }
}
