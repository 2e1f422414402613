package org.projectledger.platform.security;

import java.time.Instant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user signed in with a session token ({@link SessionTokens}): the same user as their password
 * gives, with the time they last gave it, which a renewal keeps.
 */
public class SessionAuthentication extends UsernamePasswordAuthenticationToken {

  private final transient Instant signedInAt;

  SessionAuthentication(UserDetails user, Instant signedInAt) {
    super(user, null, user.getAuthorities());
    this.signedInAt = signedInAt;
  }

  public Instant signedInAt() {
    return signedInAt;
  }
}
