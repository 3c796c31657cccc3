package vn.khoidn.portal.infrastructure.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is logged in, as the session remembers it: a name and the roles, nothing more, so that the
 * session stays small and replicates across nodes.
 *
 * @param name the user name
 * @param groups the roles
 */
public record SessionUser(String name, Set<String> groups) implements Serializable {

  /** Copies the roles. */
  public SessionUser {
    groups = Set.copyOf(groups);
  }
}
