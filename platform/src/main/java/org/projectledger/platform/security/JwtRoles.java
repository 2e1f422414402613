package org.projectledger.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.projectledger.api.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns an issuer's JWT into a signed-in user: the name from the configured user claim (else the
 * subject), the roles of API.md from the configured roles claim; unknown roles are ignored.
 */
class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

  private final LedgerSecurityProperties properties;

  JwtRoles(LedgerSecurityProperties properties) {
    this.properties = properties;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
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
    String user = jwt.getClaimAsString(properties.getUserClaim());
    return new JwtAuthenticationToken(jwt, authorities, user != null ? user : jwt.getSubject());
  }
}
