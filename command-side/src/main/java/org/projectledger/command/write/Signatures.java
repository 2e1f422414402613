package org.projectledger.command.write;

import java.time.Clock;
import java.time.Instant;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.Signature;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.platform.security.CurrentActor;
import org.projectledger.platform.security.LedgerSecurityProperties;
import org.projectledger.platform.security.SessionAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Electronic signatures (21 CFR Part 11 §11.200): the signer re-enters their password, which is
 * checked here and dropped (a user signed in with a JWT presents a fresh token instead). Only the
 * signature — user, printed name, instant, meaning — goes on, into the command and its event; the
 * password never reaches an event, a log or a read model.
 */
@Component
public class Signatures {

  private static final Logger LOG = LoggerFactory.getLogger(Signatures.class);

  private final UserDetailsService users;
  private final PasswordEncoder passwords;
  private final Clock clock;
  private final LedgerSecurityProperties security;

  Signatures(
      UserDetailsService users,
      PasswordEncoder passwords,
      Clock clock,
      LedgerSecurityProperties security) {
    this.users = users;
    this.passwords = passwords;
    this.clock = clock;
    this.security = security;
  }

  public Signature sign(String password, SignatureMeaning meaning, String act) {
    Actor actor = CurrentActor.get();
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof JwtAuthenticationToken jwt) {
      // A user of the deployment's issuer has no password here: a fresh sign-in at the issuer is
      // the re-authentication (21 CFR Part 11 §11.200(a)(1)). Its time is auth_time, which a silent
      // refresh keeps; iat would be renewed by one.
      fresh(authTime(jwt), actor, act);
      return new Signature(actor.userName(), actor.fullName(), clock.instant(), meaning);
    }
    if (SecurityContextHolder.getContext().getAuthentication()
            instanceof SessionAuthentication session
        && session.provider() != null) {
      // The pages' user who signed in through the provider: the same rule, on the sign-in time
      // the provider gave (auth_time), which the pages renew by a sign-in there with prompt=login.
      fresh(session.signedInAt(), actor, act);
      return new Signature(actor.userName(), actor.fullName(), clock.instant(), meaning);
    }
    if (password == null || password.isBlank()) {
      LOG.warn("Signature refused: user={} act={} (no password)", actor.userName(), act);
      throw new LedgerException(
          ErrorCode.SIGNATURE_INVALID, "Enter your password to sign: the act was not signed");
    }
    if (!matches(actor.userName(), password)) {
      LOG.warn("Signature refused: user={} act={} (password did not match)", actor.userName(), act);
      throw new LedgerException(
          ErrorCode.SIGNATURE_INVALID, "The password does not match: the act was not signed");
    }
    return new Signature(actor.userName(), actor.fullName(), clock.instant(), meaning);
  }

  /** Refuses a signature whose signer last signed in at the provider too long ago. */
  private void fresh(Instant signedIn, Actor actor, String act) {
    if (signedIn == null
        || signedIn.isBefore(clock.instant().minus(security.getSignatureTokenAge()))) {
      LOG.warn("Signature refused: user={} act={} (sign-in not fresh)", actor.userName(), act);
      throw new LedgerException(
          ErrorCode.SIGNATURE_INVALID,
          "Sign in again: a signature needs a sign-in (auth_time) in the last "
              + security.getSignatureTokenAge().toMinutes()
              + " minutes");
    }
  }

  /** When the token's user last signed in at the issuer ({@code auth_time}), if it says. */
  private static Instant authTime(JwtAuthenticationToken jwt) {
    Object claim = jwt.getToken().getClaims().get("auth_time");
    if (claim instanceof Instant instant) {
      return instant;
    }
    if (claim instanceof Number seconds) {
      return Instant.ofEpochSecond(seconds.longValue());
    }
    return null;
  }

  private boolean matches(String userName, String password) {
    try {
      UserDetails user = users.loadUserByUsername(userName);
      return password != null && passwords.matches(password, user.getPassword());
    } catch (UsernameNotFoundException unknown) {
      return false;
    }
  }
}
