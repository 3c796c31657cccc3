package vn.khoidn.portal.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The roles the portal knows; login itself is {@link PortalAuthenticationMechanism}. */
@DeclareRoles({"ADMIN", "STAFF", "STANDING_COMMITTEE", "REPORTER"})
@ApplicationScoped
public class SecurityConfiguration {}
