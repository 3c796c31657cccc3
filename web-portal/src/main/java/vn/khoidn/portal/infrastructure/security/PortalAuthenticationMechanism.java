package vn.khoidn.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
 *   <li>Every page request checks that the user is still enabled: a user an administrator disables
 *       loses their session at the next click.
 *   <li>Logins go through {@link LoginAttempts}: failures are counted per name and per address, and
 *       a locked name or address is refused (the API answers 429 with {@code Retry-After}).
 * </ul>
 *
 * <p>The REST API under {@code /api/} is stateless: every request carries HTTP Basic credentials,
 * checked against the same users (and the same lockout); without them it is answered 401 with an
 * RFC 9457 problem body.
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

  /** The page where users choose their password; the only one a one-time password opens. */
  public static final String PASSWORD_PAGE = "/app/password.xhtml";

  private static final String API = "/api/";

  /** The request attribute telling the login page how long the name or address is locked. */
  public static final String LOCKED_FOR = "vn.khoidn.portal.login.lockedFor";

  @Inject private IdentityStoreHandler identityStores;

  /**
   * Whether the portal stands behind a load balancer that appends the caller's address to {@code
   * X-Forwarded-For}; only then is that header believed (its last entry), else anybody could name
   * any address.
   */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "portal.login.trust-forwarded-for",
      defaultValue = "false")
  boolean trustForwardedFor;

  @Inject private LoginAttempts attempts;
  @Inject private AccountStatus accountStatus;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    SecurityHeaders.apply(response, request.getRequestURI());
    if (path.startsWith(API)) {
      return basic(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = check(credential, request);
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
      if (path.startsWith("/app/")) {
        AccountStatus.State state = accountStatus.state(user.name());
        if (state == AccountStatus.State.GONE) {
          // Disabled (or removed) since login: the session ends at once, on every node.
          session.invalidate();
          return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        if (state == AccountStatus.State.MUST_CHANGE_PASSWORD && !path.equals(PASSWORD_PAGE)) {
          // A one-time password opens only the page where the user chooses their own.
          return context.redirect(request.getContextPath() + PASSWORD_PAGE);
        }
      }
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

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return unauthorized(response, "Thông tin đăng nhập HTTP Basic không đọc được.");
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return unauthorized(response, "Thông tin đăng nhập HTTP Basic không đọc được.");
      }
      CredentialValidationResult result =
          check(
              new UsernamePasswordCredential(
                  decoded.substring(0, colon), decoded.substring(colon + 1)),
              request);
      Object lockedFor = request.getAttribute(LOCKED_FOR);
      if (lockedFor instanceof java.time.Duration d) {
        return tooManyAttempts(response, d);
      }
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return unauthorized(
            response, "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.");
      }
      if (accountStatus.state(result.getCallerPrincipal().getName())
          == AccountStatus.State.MUST_CHANGE_PASSWORD) {
        return passwordChangeRequired(response);
      }
      return context.notifyContainerAboutLogin(result);
    }
    if (context.isProtected()) {
      return unauthorized(
          response, "Cần đăng nhập: gửi tên đăng nhập và mật khẩu theo HTTP Basic.");
    }
    return context.doNothing();
  }

  /**
   * Checks a user name and password under the login throttle ({@link LoginAttempts}). While the
   * name or the caller's address is locked the password is still checked, so that the answer takes
   * as long as any other, but the result is a failure whatever it is, and is not counted.
   */
  private CredentialValidationResult check(Credential credential, HttpServletRequest request) {
    String name =
        credential instanceof UsernamePasswordCredential c && c.getCaller() != null
            ? c.getCaller()
            : "";
    String source = source(request);
    java.util.Optional<java.time.Duration> locked = attempts.lockedFor(name, source);
    CredentialValidationResult result = identityStores.validate(credential);
    if (locked.isPresent()) {
      request.setAttribute(LOCKED_FOR, locked.get());
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      attempts.succeeded(name);
    } else {
      attempts.failed(name, source);
      attempts.lockedFor(name, source).ifPresent(d -> request.setAttribute(LOCKED_FOR, d));
    }
    return result;
  }

  /** The caller's address: the load balancer's last X-Forwarded-For entry when it is trusted. */
  private String source(HttpServletRequest request) {
    String forwarded = trustForwardedFor ? request.getHeader("X-Forwarded-For") : null;
    if (forwarded != null && !forwarded.isBlank()) {
      String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
      if (!last.isEmpty() && last.length() <= 64) {
        return last;
      }
    }
    return request.getRemoteAddr();
  }

  private static AuthenticationStatus tooManyAttempts(
      HttpServletResponse response, java.time.Duration lockedFor) {
    long seconds = Math.max(1, lockedFor.toSeconds());
    response.setHeader("Retry-After", Long.toString(seconds));
    return problem(
        response,
        429,
        "too_many_attempts",
        "Đăng nhập sai quá nhiều lần",
        "Tên đăng nhập này hoặc địa chỉ này tạm bị khóa vì đăng nhập sai nhiều lần;"
            + " thử lại sau "
            + minutes(lockedFor)
            + " phút.");
  }

  private static AuthenticationStatus passwordChangeRequired(HttpServletResponse response) {
    return problem(
        response,
        HttpServletResponse.SC_FORBIDDEN,
        "password_change_required",
        "Cần đổi mật khẩu",
        "Mật khẩu này là mật khẩu dùng một lần: đăng nhập trang web và đặt mật khẩu mới trước khi"
            + " dùng API.");
  }

  /** Whole minutes, rounded up, at least one. */
  public static long minutes(java.time.Duration d) {
    return Math.max(1, (d.toSeconds() + 59) / 60);
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"portal\", charset=\"UTF-8\"");
    return problem(
        response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Chưa đăng nhập", detail);
  }

  /** Answers with an RFC 9457 problem body whose code is the type in capitals. */
  private static AuthenticationStatus problem(
      HttpServletResponse response, int status, String type, String title, String detail) {
    try {
      response.setStatus(status);
      response.setContentType("application/problem+json;charset=UTF-8");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("type", "urn:khoidn:problem:" + type)
                  .add("title", title)
                  .add("status", status)
                  .add("code", type.toUpperCase(java.util.Locale.ROOT))
                  .add("detail", detail)
                  .build()
                  .toString());
      response.flushBuffer();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
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
