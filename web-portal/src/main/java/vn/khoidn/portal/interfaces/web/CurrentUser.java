package vn.khoidn.portal.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.security.Principal;

/**
 * The logged-in user's name, read from the request each time: view-scoped beans must not hold a
 * reference to the security context, or their session cannot be replicated to other nodes.
 */
public final class CurrentUser {

  private CurrentUser() {}

  /**
   * The user name of the current request.
   *
   * @return the name
   * @throws IllegalStateException if nobody is logged in
   */
  public static String name() {
    Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    if (principal == null) {
      throw new IllegalStateException("No user is logged in.");
    }
    return principal.getName();
  }
}
