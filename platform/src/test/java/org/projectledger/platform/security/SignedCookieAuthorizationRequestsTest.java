package org.projectledger.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * The pages' OIDC sign-in in flight, kept in an encrypted cookie instead of a server's session: a
 * node sharing the session key reads what another wrote (the provider's answer may reach either
 * query node), and nothing else opens it — not a changed cookie, not another key's, not one whose
 * state the answer does not carry, not one older than five minutes.
 */
class SignedCookieAuthorizationRequestsTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  private static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");

  private final OAuth2AuthorizationRequest sent =
      OAuth2AuthorizationRequest.authorizationCode()
          .authorizationUri("https://login.example.org/authorize")
          .clientId("ledger-pages")
          .redirectUri("https://ledger.example.org/login/oauth2/code/corp")
          .scopes(Set.of("openid", "profile"))
          .state("state-123")
          .additionalParameters(
              Map.of("nonce", "hashed-nonce", "code_challenge", "abc", "prompt", "login"))
          .attributes(
              Map.of("registration_id", "corp", "nonce", "raw-nonce", "code_verifier", "xyz"))
          .authorizationRequestUri("https://login.example.org/authorize?state=state-123")
          .build();

  @Test
  void anotherNodeWithTheSameKeyReadsTheSignInInFlight() {
    String cookie = save(new SignedCookieAuthorizationRequests(KEY, at(NOW)));
    OAuth2AuthorizationRequest read =
        new SignedCookieAuthorizationRequests(KEY, at(NOW.plusSeconds(60)))
            .loadAuthorizationRequest(answer(cookie, "state-123"));
    assertThat(read).isNotNull();
    assertThat(read.getState()).isEqualTo("state-123");
    assertThat(read.getClientId()).isEqualTo("ledger-pages");
    assertThat(read.getRedirectUri()).isEqualTo(sent.getRedirectUri());
    assertThat(read.getScopes()).containsExactlyInAnyOrder("openid", "profile");
    assertThat(read.getAttributes()).containsEntry("code_verifier", "xyz");
    assertThat(read.getAttributes()).containsEntry("registration_id", "corp");
    assertThat(read.getAdditionalParameters()).containsEntry("prompt", "login");
    assertThat(read.getAuthorizationRequestUri()).isEqualTo(sent.getAuthorizationRequestUri());
  }

  @Test
  void aChangedForeignStaleOrMismatchedCookieIsNoSignInInFlight() {
    String cookie = save(new SignedCookieAuthorizationRequests(KEY, at(NOW)));
    SignedCookieAuthorizationRequests node = new SignedCookieAuthorizationRequests(KEY, at(NOW));
    char last = cookie.charAt(cookie.length() - 1);
    String changed = cookie.substring(0, cookie.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThat(node.loadAuthorizationRequest(answer(changed, "state-123"))).isNull();
    SecretKey other =
        new SecretKeySpec(
            new byte[] {
              1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
              25, 26, 27, 28, 29, 30, 31, 32
            },
            "AES");
    assertThat(
            new SignedCookieAuthorizationRequests(other, at(NOW))
                .loadAuthorizationRequest(answer(cookie, "state-123")))
        .isNull();
    assertThat(node.loadAuthorizationRequest(answer(cookie, "another-state"))).isNull();
    assertThat(
            new SignedCookieAuthorizationRequests(KEY, at(NOW.plusSeconds(301)))
                .loadAuthorizationRequest(answer(cookie, "state-123")))
        .isNull();
    assertThat(node.loadAuthorizationRequest(answer("not-a-cookie", "state-123"))).isNull();
  }

  @Test
  void theCookieIsHttpOnlyLaxAndClearedWhenTheAnswerIsTaken() {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new SignedCookieAuthorizationRequests(KEY, at(NOW))
        .saveAuthorizationRequest(sent, new MockHttpServletRequest(), response);
    String written = response.getHeader("Set-Cookie");
    assertThat(written)
        .startsWith(SignedCookieAuthorizationRequests.COOKIE + "=")
        .contains("HttpOnly")
        .contains("SameSite=Lax")
        .contains("Max-Age=300")
        .doesNotContain("xyz");
    String cookie = written.substring(written.indexOf('=') + 1, written.indexOf(';'));
    MockHttpServletResponse taken = new MockHttpServletResponse();
    assertThat(
            new SignedCookieAuthorizationRequests(KEY, at(NOW))
                .removeAuthorizationRequest(answer(cookie, "state-123"), taken))
        .isNotNull();
    assertThat(taken.getHeader("Set-Cookie")).contains("Max-Age=0");
  }

  private String save(SignedCookieAuthorizationRequests repository) {
    MockHttpServletResponse response = new MockHttpServletResponse();
    repository.saveAuthorizationRequest(sent, new MockHttpServletRequest(), response);
    String written = response.getHeader("Set-Cookie");
    return written.substring(written.indexOf('=') + 1, written.indexOf(';'));
  }

  private static MockHttpServletRequest answer(String cookie, String state) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setCookies(new Cookie(SignedCookieAuthorizationRequests.COOKIE, cookie));
    request.setParameter("state", state);
    return request;
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }
}
