package org.projectledger.command.write;

import java.time.Clock;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.Signature;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.platform.security.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Electronic signatures (21 CFR Part 11 §11.200): the signer re-enters their password, which is
 * checked here and dropped. Only the signature — user, printed name, instant, meaning — goes on,
 * into the command and its event; the password never reaches an event, a log or a read model.
 */
@Component
public class Signatures {

  private static final Logger LOG = LoggerFactory.getLogger(Signatures.class);

  private final UserDetailsService users;
  private final PasswordEncoder passwords;
  private final Clock clock;

  Signatures(UserDetailsService users, PasswordEncoder passwords, Clock clock) {
    this.users = users;
    this.passwords = passwords;
    this.clock = clock;
  }

  public Signature sign(String password, SignatureMeaning meaning, String act) {
    Actor actor = CurrentActor.get();
    if (!matches(actor.userName(), password)) {
      LOG.warn("Signature refused: user={} act={} (password did not match)", actor.userName(), act);
      throw new LedgerException(
          ErrorCode.SIGNATURE_INVALID, "The password does not match: the act was not signed");
    }
    return new Signature(actor.userName(), actor.fullName(), clock.instant(), meaning);
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
