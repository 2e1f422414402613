package org.projectledger.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.projectledger.api.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns an issuer's JWT into a signed-in user (security review, finding 9). The token must come
 * from the configured issuer ({@code ledger.security.issuer}) for one of this service's audiences
 * ({@code ledger.security.audiences}); the user's name comes from a claim the provider controls
 * ({@code ledger.security.user-claim}, the subject by default), never one the user edits, and is
 * refused where it is also a configured Basic user's, so that a token can never act as one. The
 * roles of API.md come from the configured roles claim; unknown roles are ignored.
 */
class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

  private final LedgerSecurityProperties properties;
  private final UserDetailsService basicUsers;

  JwtRoles(LedgerSecurityProperties properties, UserDetailsService basicUsers) {
    this.properties = properties;
    this.basicUsers = basicUsers;
    if (properties.getIssuer() == null || properties.getIssuer().isBlank()) {
      throw new IllegalStateException(
          "Tokens are accepted (spring.security.oauth2.resourceserver.jwt.*), but"
              + " ledger.security.issuer does not name the issuer they must come from");
    }
    if (properties.getAudiences().isEmpty()) {
      throw new IllegalStateException(
          "Tokens are accepted (spring.security.oauth2.resourceserver.jwt.*), but"
              + " ledger.security.audiences does not name this service's audience(s)");
    }
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    if (jwt.getIssuer() == null || !properties.getIssuer().equals(jwt.getIssuer().toString())) {
      throw new InvalidBearerTokenException("The token is not from this service's issuer");
    }
    List<String> audiences = jwt.getAudience() == null ? List.of() : jwt.getAudience();
    if (audiences.stream().noneMatch(properties.getAudiences()::contains)) {
      throw new InvalidBearerTokenException("The token is not for this service");
    }
    String user = jwt.getClaimAsString(properties.getUserClaim());
    if (user == null || user.isBlank()) {
      throw new InvalidBearerTokenException(
          "The token names no user in its " + properties.getUserClaim() + " claim");
    }
    try {
      basicUsers.loadUserByUsername(user);
      throw new InvalidBearerTokenException(
          "The token's user is also a configured user of this service: it is not signed in");
    } catch (UsernameNotFoundException apart) {
      // The token's user and the configured users are kept apart, as they should be.
    }
    List<SimpleGrantedAuthority> authorities = new ArrayList<>();
    Object claim = jwt.getClaims().get(properties.getRolesClaim());
    Collection<?> names =
        claim instanceof Collection<?> list
            ? list
            : claim == null ? List.of() : List.of(String.valueOf(claim).split("[ ,]+"));
    for (Object name : names) {
      String role = String.valueOf(name).toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
      for (Role known : Role.values()) {
        if (known.name().equals(role)) {
          authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        }
      }
    }
    String claimName = properties.getPrintedNameClaim();
    String printed =
        claimName == null || claimName.isBlank() ? null : jwt.getClaimAsString(claimName);
    return new TokenUser(
        jwt, authorities, user, printed == null || printed.isBlank() ? user : printed);
  }

  /** A token's user, with the printed name its signatures carry. */
  static final class TokenUser extends JwtAuthenticationToken {

    private final String printedName;

    TokenUser(
        Jwt jwt,
        Collection<SimpleGrantedAuthority> authorities,
        String userName,
        String printedName) {
      super(jwt, authorities, userName);
      this.printedName = printedName;
    }

    String printedName() {
      return printedName;
    }
  }
}
