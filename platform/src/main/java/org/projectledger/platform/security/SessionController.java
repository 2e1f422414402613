package org.projectledger.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

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

  private final SessionTokens tokens;
  private final Clock clock;

  SessionController(SessionTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
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
    if (authentication instanceof SessionAuthentication session) {
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
