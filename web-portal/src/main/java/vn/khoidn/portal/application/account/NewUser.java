package vn.khoidn.portal.application.account;

import java.io.Serializable;
import java.util.Set;

/**
 * What an administrator fills in to create a user.
 *
 * @param username the login name
 * @param displayName the name
 * @param password the first password
 * @param organizationCode the user's organization
 * @param roles the roles
 */
public record NewUser(
    String username, String displayName, String password, String organizationCode, Set<Role> roles)
    implements Serializable {}
