package vn.khoidn.portal.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on the portal's own Faces page: pages under {@code /app/} send an anonymous visitor to
 * {@code /login.xhtml} and back to where they were going after login.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"ADMIN", "STAFF", "STANDING_COMMITTEE", "REPORTER"})
@ApplicationScoped
public class SecurityConfiguration {}
