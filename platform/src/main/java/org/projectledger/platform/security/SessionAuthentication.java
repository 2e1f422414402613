package org.projectledger.platform.security;

import java.time.Instant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user signed in with a session token ({@link SessionTokens}): the same user as their password
 * gives, with the time they last gave it, which a renewal keeps; or a user of the identity
 * provider, with the registration they came through and the time they signed in there.
 */
public class SessionAuthentication extends UsernamePasswordAuthenticationToken {

  private final transient Instant signedInAt;
  private final String provider;

  SessionAuthentication(UserDetails user, Instant signedInAt, String provider) {
    super(user, null, user.getAuthorities());
    this.signedInAt = signedInAt;
    this.provider = provider;
  }

  public Instant signedInAt() {
    return signedInAt;
  }

  /** The identity provider's registration the user signed in through; null for a password. */
  public String provider() {
    return provider;
  }
}
