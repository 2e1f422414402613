package org.projectledger.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * The pages' OIDC sign-in in flight (its state, nonce, PKCE verifier, redirect address), kept in a
 * short-lived cookie encrypted and authenticated with AES-GCM under a key derived from the session
 * key, instead of an HTTP session: the provider's answer may reach another query node than the one
 * that sent the user there (two query nodes behind the proxy, "Deployment"), and any node that
 * shares the key reads it; nothing stays on a server. The cookie is HttpOnly, {@code SameSite=Lax}
 * (it must come back on the provider's top-level redirect), Secure over HTTPS, and lives five
 * minutes; a changed or foreign one is no sign-in in flight, and the answer's {@code state} must
 * match the one kept.
 */
final class SignedCookieAuthorizationRequests
    implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

  static final String COOKIE = "ledger_oidc_request";
  private static final Duration LIFETIME = Duration.ofMinutes(5);
  private static final int NONCE_BYTES = 12;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What is kept: the authorization request's fields, and until when. */
  record Kept(
      String authorizationUri,
      String clientId,
      String redirectUri,
      Set<String> scopes,
      String state,
      Map<String, String> additionalParameters,
      Map<String, String> attributes,
      String authorizationRequestUri,
      long expiresAt) {}

  private final SecretKey key;
  private final Clock clock;

  SignedCookieAuthorizationRequests(SecretKey key, Clock clock) {
    this.key = key;
    this.clock = clock;
  }

  @Override
  public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
    String state = request.getParameter(OAuth2ParameterNames.STATE);
    String value = cookie(request);
    if (state == null || value == null) {
      return null;
    }
    Kept kept = open(value);
    if (kept == null
        || !state.equals(kept.state())
        || Instant.ofEpochSecond(kept.expiresAt()).isBefore(clock.instant())) {
      return null;
    }
    return OAuth2AuthorizationRequest.authorizationCode()
        .authorizationUri(kept.authorizationUri())
        .clientId(kept.clientId())
        .redirectUri(kept.redirectUri())
        .scopes(kept.scopes())
        .state(kept.state())
        .additionalParameters(new LinkedHashMap<>(kept.additionalParameters()))
        .attributes(new LinkedHashMap<>(kept.attributes()))
        .authorizationRequestUri(kept.authorizationRequestUri())
        .build();
  }

  @Override
  public void saveAuthorizationRequest(
      OAuth2AuthorizationRequest authorization,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (authorization == null) {
      clear(request, response);
      return;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    authorization.getAdditionalParameters().forEach((k, v) -> parameters.put(k, String.valueOf(v)));
    Map<String, String> attributes = new LinkedHashMap<>();
    authorization.getAttributes().forEach((k, v) -> attributes.put(k, String.valueOf(v)));
    Kept kept =
        new Kept(
            authorization.getAuthorizationUri(),
            authorization.getClientId(),
            authorization.getRedirectUri(),
            new LinkedHashSet<>(authorization.getScopes()),
            authorization.getState(),
            parameters,
            attributes,
            authorization.getAuthorizationRequestUri(),
            clock.instant().plus(LIFETIME).getEpochSecond());
    write(request, response, seal(kept), LIFETIME);
  }

  @Override
  public OAuth2AuthorizationRequest removeAuthorizationRequest(
      HttpServletRequest request, HttpServletResponse response) {
    OAuth2AuthorizationRequest authorization = loadAuthorizationRequest(request);
    clear(request, response);
    return authorization;
  }

  private static void clear(HttpServletRequest request, HttpServletResponse response) {
    write(request, response, "", Duration.ZERO);
  }

  private static void write(
      HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
    ResponseCookie cookie =
        ResponseCookie.from(COOKIE, value)
            .path("/")
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .maxAge(maxAge)
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }

  private static String cookie(HttpServletRequest request) {
    if (request.getCookies() == null) {
      return null;
    }
    for (Cookie cookie : request.getCookies()) {
      if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
        return cookie.getValue();
      }
    }
    return null;
  }

  String seal(Kept kept) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      cipher.updateAAD(COOKIE.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(kept));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException | com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("The sign-in in flight could not be sealed", e);
    }
  }

  /** The kept request, or null where the cookie is not one this key sealed, intact. */
  Kept open(String value) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(value);
      if (bytes.length <= NONCE_BYTES) {
        return null;
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(COOKIE.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      byte[] opened = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
      return JSON.readValue(opened, Kept.class);
    } catch (GeneralSecurityException | IllegalArgumentException | java.io.IOException e) {
      return null;
    }
  }
}
