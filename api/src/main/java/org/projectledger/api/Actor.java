package org.projectledger.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts: the signed-in user's name, printed name and roles. Handed to the aggregate by the
 * command side from the authenticated principal, never read from a request body.
 */
public record Actor(String userName, String fullName, Set<Role> roles) {

  public Actor {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(fullName, "fullName");
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
