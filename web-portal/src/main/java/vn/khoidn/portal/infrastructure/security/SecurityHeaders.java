package vn.khoidn.portal.infrastructure.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer: no content sniffing, no referrer sent to other sites, no
 * framing, and for everything that is not a page a policy that runs no script at all.
 *
 * <p>Pages ({@code *.xhtml}) get their Content-Security-Policy from PrimeFaces' CSP mode ({@code
 * web.xml}: {@code primefaces.CSP_POLICY}), whose nonce changes with every response; a second
 * policy here would be enforced as well and block that nonce.
 */
public final class SecurityHeaders {

  /** The policy of every answer that is not a page. */
  public static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  /**
   * Sets the headers on an answer.
   *
   * @param response the answer
   * @param path the path asked for
   */
  public static void apply(HttpServletResponse response, String path) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    if (!path.endsWith(".xhtml") && !path.endsWith("/")) {
      response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
    }
  }
}
