package org.projectledger.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.projectledger.api.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Who a user of the deployment's identity provider is, by one set of rules for both ways they come
 * in — an API client's JWT ({@link JwtRoles}) and the pages' OIDC sign-in ({@link PageSignIn}): the
 * token must come from the configured issuer ({@code ledger.security.issuer}); the user's name
 * comes from a claim the provider controls ({@code ledger.security.user-claim}, the subject by
 * default), never one the user edits, and is refused where it is also a configured Basic user's, so
 * that the provider can never act as one; the roles of API.md come from the configured roles claim
 * (unknown ones ignored); the printed name on signatures from {@code
 * ledger.security.printed-name-claim}.
 */
final class ProviderIdentities {

  /** A provider's user as the ledger knows them. */
  record ProviderIdentity(
      String userName, String printedName, List<SimpleGrantedAuthority> authorities) {

    List<String> roles() {
      return authorities.stream().map(a -> a.getAuthority().substring("ROLE_".length())).toList();
    }

    SessionTokens.ProviderClaims withProvider(String registration) {
      return new SessionTokens.ProviderClaims(registration, roles(), printedName);
    }
  }

  /** A token or sign-in these rules refuse, with the reason. */
  static final class Refused extends RuntimeException {
    Refused(String reason) {
      super(reason);
    }
  }

  private final LedgerSecurityProperties properties;
  private final UserDetailsService basicUsers;

  ProviderIdentities(LedgerSecurityProperties properties, UserDetailsService basicUsers) {
    this.properties = properties;
    this.basicUsers = basicUsers;
  }

  /** Whether the deployment names the issuer its provider's tokens must come from. */
  boolean issuerConfigured() {
    return properties.getIssuer() != null && !properties.getIssuer().isBlank();
  }

  /** The user the provider's claims name, from the given issuer; refused by the rules above. */
  ProviderIdentity identify(String issuer, Map<String, Object> claims) {
    if (issuer == null || !issuerConfigured() || !properties.getIssuer().equals(issuer)) {
      throw new Refused("The token is not from this service's issuer");
    }
    Object named = claims.get(properties.getUserClaim());
    String user = named == null ? null : String.valueOf(named);
    if (user == null || user.isBlank()) {
      throw new Refused("The token names no user in its " + properties.getUserClaim() + " claim");
    }
    try {
      basicUsers.loadUserByUsername(user);
      throw new Refused(
          "The token's user is also a configured user of this service: it is not signed in");
    } catch (UsernameNotFoundException apart) {
      // The provider's users and the configured users are kept apart, as they should be.
    }
    List<SimpleGrantedAuthority> authorities = new ArrayList<>();
    Object claim = claims.get(properties.getRolesClaim());
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
    Object printed = claimName == null || claimName.isBlank() ? null : claims.get(claimName);
    return new ProviderIdentity(
        user,
        printed == null || String.valueOf(printed).isBlank() ? user : String.valueOf(printed),
        List.copyOf(authorities));
  }
}
