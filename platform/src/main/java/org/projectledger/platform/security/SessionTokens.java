package org.projectledger.platform.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.projectledger.platform.storage.EmbeddedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Sign-in paid once: after one check of a user's password, a client presents a short-lived token
 * that costs microseconds to check — a JWT signed with HMAC-SHA256 under {@code
 * ledger.security.session-key}, which every node shares, so that the command and query sides of a
 * split deployment each verify what the other issued. A token lives {@code session-ttl}; it can be
 * renewed with itself, but never beyond {@code session-max-age} after the password was given.
 * Signed acts still ask for the password.
 *
 * <p>Without a configured key, the embedded default (one process) makes its own at start; any other
 * service issues no token (clients keep to HTTP Basic, whose verified passwords are cached briefly:
 * {@link CachingPasswordEncoder}).
 */
@Component
public class SessionTokens {

  private static final Logger LOG = LoggerFactory.getLogger(SessionTokens.class);

  /** Who issues them, and for whom: no other token carries these. */
  static final String ISSUER = "project-ledger";

  static final String AUDIENCE = "project-ledger-session";

  /** When the user last gave their password: a renewal keeps it. */
  static final String SIGNED_IN_AT = "signed_in_at";

  /**
   * For a user of the identity provider: the registration they signed in through, their roles and
   * printed name as the provider said at sign-in (there is no configured user to look them up in).
   */
  static final String PROVIDER = "provider";

  static final String ROLES = "roles";
  static final String PRINTED_NAME = "printed_name";

  /** A token, as answered to the client. */
  public record Issued(String token, Instant expiresAt, Instant signedInAt) {}

  /**
   * What a valid token says. {@code provider} is null for a user of the configured users, whose
   * roles are looked up at each request; for a provider's user it names the registration, and
   * {@code roles} and {@code printedName} are what the provider said at sign-in ({@code signedInAt}
   * then being the provider's {@code auth_time}).
   */
  public record Verified(
      String userName,
      Instant signedInAt,
      String provider,
      List<String> roles,
      String printedName) {}

  /**
   * Tokens verified lately, with the instant they stop being valid: a client presents the same
   * token on every request, and decoding it again (its JSON twice, the HMAC, the validators) was a
   * twelfth of a write's CPU on the request thread (bench/README.md). A token cannot change, so
   * until it expires its first verification holds; each is checked afresh at least every minute.
   */
  private final com.github.benmanes.caffeine.cache.Cache<String, Recent> recent =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
          .maximumSize(10_000)
          .expireAfterWrite(Duration.ofMinutes(1))
          .build();

  private record Recent(Verified verified, Instant validUntil) {}

  private final NimbusJwtEncoder encoder;
  private final SecretKey requestKey;
  private final NimbusJwtDecoder decoder;
  private final Clock clock;
  private final Duration ttl;
  private final Duration maxAge;

  SessionTokens(Environment environment, Clock clock) {
    this.clock = clock;
    this.ttl =
        environment.getProperty(
            "ledger.security.session-ttl", Duration.class, Duration.ofMinutes(30));
    this.maxAge =
        environment.getProperty(
            "ledger.security.session-max-age", Duration.class, Duration.ofHours(12));
    byte[] key = key(environment);
    if (key == null) {
      this.encoder = null;
      this.decoder = null;
      this.requestKey = null;
      return;
    }
    SecretKey secret = new SecretKeySpec(key, "HmacSHA256");
    this.requestKey = derived(secret, "oidc-authorization-request");
    this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(secret));
    this.decoder = NimbusJwtDecoder.withSecretKey(secret).macAlgorithm(MacAlgorithm.HS256).build();
    JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(5));
    timestamps.setClock(clock);
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            timestamps,
            new JwtIssuerValidator(ISSUER),
            new JwtClaimValidator<List<String>>(
                "aud", audiences -> audiences != null && audiences.contains(AUDIENCE))));
  }

  public boolean enabled() {
    return encoder != null;
  }

  /** A token for this user, who gave their password at {@code signedInAt}. */
  public Issued issue(String userName, Instant givenAt) {
    return issue(userName, givenAt, null);
  }

  /**
   * A token for a user of the identity provider, who signed in there at {@code authenticatedAt}
   * through the registration {@code provider}. It lives {@code session-ttl} and is not renewed:
   * when it runs out the pages go back to the provider, so a leaver removed there is out within
   * that time.
   */
  Issued issueForProvider(
      ProviderIdentities.ProviderIdentity identity, Instant authenticatedAt, String provider) {
    return issue(identity.userName(), authenticatedAt, identity.withProvider(provider));
  }

  private Issued issue(String userName, Instant givenAt, ProviderClaims provider) {
    // The token holds whole seconds: so does what it answers.
    Instant signedInAt = givenAt.truncatedTo(ChronoUnit.SECONDS);
    Instant now = clock.instant();
    Instant expiresAt = now.plus(ttl);
    if (provider == null && expiresAt.isAfter(signedInAt.plus(maxAge))) {
      expiresAt = signedInAt.plus(maxAge);
    }
    JwtClaimsSet.Builder builder =
        JwtClaimsSet.builder()
            .issuer(ISSUER)
            .audience(List.of(AUDIENCE))
            .subject(userName)
            .issuedAt(now)
            .expiresAt(expiresAt)
            .id(UUID.randomUUID().toString())
            .claim(SIGNED_IN_AT, signedInAt.getEpochSecond());
    if (provider != null) {
      builder
          .claim(PROVIDER, provider.registration())
          .claim(ROLES, provider.roles())
          .claim(PRINTED_NAME, provider.printedName());
    }
    JwtClaimsSet claims = builder.build();
    Jwt jwt =
        encoder.encode(
            JwtEncoderParameters.from(
                JwsHeader.with(MacAlgorithm.HS256).type("JWT").build(), claims));
    return new Issued(jwt.getTokenValue(), expiresAt, signedInAt);
  }

  /** Whether the token was issued here, whatever its state: others go to the issuer's checks. */
  public boolean ours(String token) {
    if (recent.getIfPresent(token) != null) {
      return true;
    }
    try {
      return ISSUER.equals(com.nimbusds.jwt.JWTParser.parse(token).getJWTClaimsSet().getIssuer());
    } catch (java.text.ParseException notAJwt) {
      return false;
    }
  }

  /** The user a token names, when it is ours, intact and current. */
  public Optional<Verified> verify(String token) {
    if (decoder == null) {
      return Optional.empty();
    }
    Recent known = recent.getIfPresent(token);
    if (known != null) {
      if (clock.instant().isBefore(known.validUntil())) {
        return Optional.of(known.verified());
      }
      recent.invalidate(token);
    }
    Optional<Recent> verified = decode(token);
    verified.ifPresent(found -> recent.put(token, found));
    return verified.map(Recent::verified);
  }

  /**
   * The user a token names, and until when that holds (its expiry; for a password user no later
   * than the maximum age after the password was given), when it is ours, intact and current.
   */
  private Optional<Recent> decode(String token) {
    try {
      Jwt jwt = decoder.decode(token);
      Object signedIn = jwt.getClaims().get(SIGNED_IN_AT);
      if (!(signedIn instanceof Number seconds)) {
        return Optional.empty();
      }
      Instant signedInAt = Instant.ofEpochSecond(seconds.longValue());
      String provider = jwt.getClaimAsString(PROVIDER);
      if (provider != null) {
        List<String> roles = jwt.getClaimAsStringList(ROLES);
        return Optional.of(
            new Recent(
                new Verified(
                    jwt.getSubject(),
                    signedInAt,
                    provider,
                    roles == null ? List.of() : roles,
                    jwt.getClaimAsString(PRINTED_NAME)),
                jwt.getExpiresAt()));
      }
      Instant latest = signedInAt.plus(maxAge);
      if (clock.instant().isAfter(latest)) {
        return Optional.empty();
      }
      Instant expiresAt = jwt.getExpiresAt();
      return Optional.of(
          new Recent(
              new Verified(jwt.getSubject(), signedInAt, null, null, null),
              expiresAt.isAfter(latest) ? latest : expiresAt));
    } catch (JwtException invalid) {
      return Optional.empty();
    }
  }

  /**
   * An AES key for the pages' OIDC sign-in in flight ({@link SignedCookieAuthorizationRequests}),
   * derived from the session key: every node that shares the key reads what another wrote.
   */
  SecretKey authorizationRequestKey() {
    return requestKey;
  }

  private static SecretKey derived(SecretKey key, String purpose) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(key);
      return new SecretKeySpec(
          mac.doFinal(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "AES");
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  /** What a provider's user's token carries beyond a password user's. */
  record ProviderClaims(String registration, List<String> roles, String printedName) {}

  private static byte[] key(Environment environment) {
    String configured = environment.getProperty("ledger.security.session-key", "");
    if (!configured.isBlank()) {
      byte[] key;
      try {
        key = Base64.getDecoder().decode(configured.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("ledger.security.session-key must be Base64", e);
      }
      if (key.length < 32) {
        throw new IllegalStateException(
            "ledger.security.session-key must hold at least 32 random bytes (openssl rand -base64 32)");
      }
      return key;
    }
    if (EmbeddedStore.in(environment)) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      return key;
    }
    LOG.info(
        "Sign-in tokens are off: set ledger.security.session-key (Base64 of 32 random bytes, the"
            + " same on every node) to let clients sign in once. HTTP Basic works as before.");
    return null;
  }
}
