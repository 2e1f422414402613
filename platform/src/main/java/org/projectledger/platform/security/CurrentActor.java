package org.projectledger.platform.security;

import java.util.EnumSet;
import java.util.Set;
import org.projectledger.api.Actor;
import org.projectledger.api.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The acting user, always taken from the signed-in principal, never from a request body. */
public final class CurrentActor {

  private CurrentActor() {}

  public static Actor get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new IllegalStateException("No signed-in user: the security filters should have said");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      for (Role role : Role.values()) {
        if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
          roles.add(role);
        }
      }
    }
    String fullName = authentication.getName();
    if (authentication.getPrincipal() instanceof LedgerUser user) {
      fullName = user.getFullName();
    } else if (authentication instanceof JwtRoles.TokenUser token) {
      fullName = token.printedName();
    }
    Object principal = authentication.getPrincipal();
    String userName =
        principal instanceof UserDetails details ? details.getUsername() : authentication.getName();
    return new Actor(userName, fullName, roles);
  }
}
