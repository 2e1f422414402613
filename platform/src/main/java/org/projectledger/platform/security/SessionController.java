package org.projectledger.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /api/session}: sign in once. Signed in with HTTP Basic (the password checked now),
 * the answer is a short-lived bearer token for every later request; signed in with such a token, a
 * fresh one, as long as the password was given less than {@code session-max-age} ago.
 */
@RestController
@Tag(name = "Sign-in")
class SessionController {

  /** The answer: present {@code token} as {@code Authorization: Bearer <token>}. */
  record Session(
      String token,
      String tokenType,
      Instant expiresAt,
      Instant signedInAt,
      String user,
      List<String> roles) {}

  /** A way to sign in to the pages besides the password: an identity provider's registration. */
  record Provider(String id, String name, String signIn, String signOut) {}

  /** How the pages offer to sign in: the password form, and a button per provider. */
  record SignInChoices(boolean passwords, List<Provider> providers) {}

  private final SessionTokens tokens;
  private final Clock clock;
  private final ConfiguredUsers users;
  private final ObjectProvider<ClientRegistrationRepository> clients;

  SessionController(
      SessionTokens tokens,
      Clock clock,
      ConfiguredUsers users,
      ObjectProvider<ClientRegistrationRepository> clients) {
    this.tokens = tokens;
    this.clock = clock;
    this.users = users;
    this.clients = clients;
  }

  /**
   * {@code GET /api/session/providers}, open to all: the sign-in page's choices. A provider's
   * {@code signOut} ends the session at the provider too (OpenID Connect RP-initiated logout, where
   * the provider publishes its {@code end_session_endpoint}), coming back to the pages.
   */
  @GetMapping("/api/session/providers")
  @Operation(summary = "How the pages sign in: passwords and the identity providers (open to all)")
  SignInChoices providers() {
    List<Provider> providers = new ArrayList<>();
    if (clients.getIfAvailable() instanceof Iterable<?> registrations) {
      String pages = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString();
      for (Object each : registrations) {
        ClientRegistration registration = (ClientRegistration) each;
        Object endSession =
            registration
                .getProviderDetails()
                .getConfigurationMetadata()
                .get("end_session_endpoint");
        String signOut =
            endSession == null
                ? null
                : UriComponentsBuilder.fromUriString(String.valueOf(endSession))
                    .queryParam("client_id", registration.getClientId())
                    .queryParam("post_logout_redirect_uri", pages)
                    .encode()
                    .toUriString();
        providers.add(
            new Provider(
                registration.getRegistrationId(),
                registration.getClientName(),
                "/oauth2/authorization/" + registration.getRegistrationId(),
                signOut));
      }
    }
    return new SignInChoices(users.any(), providers);
  }

  @PostMapping("/api/session")
  @Operation(
      summary =
          "Sign in once: a short-lived bearer token (signed in with HTTP Basic, or renewing a token"
              + " of this service)")
  ResponseEntity<Session> signIn() {
    if (!tokens.enabled()) {
      throw new LedgerException(
          ErrorCode.NOT_FOUND,
          "Sign-in tokens are off here (ledger.security.session-key is not set): use HTTP Basic.");
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    Instant signedInAt;
    if (authentication instanceof SessionAuthentication session && session.provider() != null) {
      throw new LedgerException(
          ErrorCode.FORBIDDEN,
          "A sign-in through the identity provider is not renewed here: sign in there again (the"
              + " pages do), so that a user the provider has removed is out when it runs out.");
    } else if (authentication instanceof SessionAuthentication session) {
      signedInAt = session.signedInAt();
    } else if (authentication instanceof UsernamePasswordAuthenticationToken) {
      signedInAt = clock.instant();
    } else {
      throw new LedgerException(
          ErrorCode.FORBIDDEN,
          "A user of the identity provider presents the provider's tokens; there is no password"
              + " here to sign in with.");
    }
    Actor actor = CurrentActor.get();
    SessionTokens.Issued issued = tokens.issue(actor.userName(), signedInAt);
    return ResponseEntity.status(HttpStatus.CREATED)
        .cacheControl(CacheControl.noStore())
        .body(
            new Session(
                issued.token(),
                "Bearer",
                issued.expiresAt(),
                issued.signedInAt(),
                actor.userName(),
                actor.roles().stream().map(Enum::name).sorted().toList()));
  }
}
