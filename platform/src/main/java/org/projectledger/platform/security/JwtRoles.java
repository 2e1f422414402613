package org.projectledger.platform.security;

import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns an issuer's JWT into a signed-in user (security review, finding 9), by the identity rules
 * of {@link ProviderIdentities}; an API token must also name one of this service's audiences
 * ({@code ledger.security.audiences}).
 */
class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

  private final LedgerSecurityProperties properties;
  private final ProviderIdentities identities;

  JwtRoles(LedgerSecurityProperties properties, UserDetailsService basicUsers) {
    this.properties = properties;
    this.identities = new ProviderIdentities(properties, basicUsers);
    if (!identities.issuerConfigured()) {
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
    ProviderIdentities.ProviderIdentity identity;
    try {
      identity =
          identities.identify(
              jwt.getIssuer() == null ? null : jwt.getIssuer().toString(), jwt.getClaims());
    } catch (ProviderIdentities.Refused refused) {
      throw new InvalidBearerTokenException(refused.getMessage());
    }
    List<String> audiences = jwt.getAudience() == null ? List.of() : jwt.getAudience();
    if (audiences.stream().noneMatch(properties.getAudiences()::contains)) {
      throw new InvalidBearerTokenException("The token is not for this service");
    }
    return new TokenUser(jwt, identity.authorities(), identity.userName(), identity.printedName());
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
