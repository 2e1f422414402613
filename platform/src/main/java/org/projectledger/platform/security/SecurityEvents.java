package org.projectledger.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectledger.api.ErrorCode;
import org.projectledger.platform.web.RequestRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins and refused actions, counted ({@code ledger.signin.failures}, {@code
 * ledger.refusals} by code) and logged with user, action and project. Never a password.
 */
@Component
public class SecurityEvents {

  private static final Logger LOG = LoggerFactory.getLogger(SecurityEvents.class);
  private static final Pattern PROJECT = Pattern.compile("^/api/projects/([0-9a-fA-F-]{36})");

  private final MeterRegistry meters;
  private final Counter signInFailures;

  SecurityEvents(MeterRegistry meters) {
    this.meters = meters;
    this.signInFailures =
        Counter.builder("ledger.signin.failures").description("Failed sign-ins").register(meters);
  }

  @EventListener
  void signInFailed(AbstractAuthenticationFailureEvent event) {
    signInFailures.increment();
    Object details = event.getAuthentication().getDetails();
    LOG.warn(
        "Sign-in failed: user={} from={} reason={}",
        printable(event.getAuthentication().getName()),
        details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "-",
        event.getException().getClass().getSimpleName());
  }

  /**
   * A name as typed, safe in one log line: control characters (a newline would forge a line of its
   * own) are written as escapes.
   */
  static String printable(String text) {
    if (text == null) {
      return "-";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A refused action: counted by code and logged with who, what and which project. */
  /** A refusal the web answers published (a problem answered to a request). */
  @EventListener
  void on(RequestRefused refused) {
    refused(refused.request(), refused.code());
  }

  public void refused(HttpServletRequest request, ErrorCode code) {
    meters.counter("ledger.refusals", "code", code.name()).increment();
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    Matcher project = PROJECT.matcher(request.getRequestURI());
    LOG.warn(
        "Refused {}: user={} from={} action={} {} project={}",
        code,
        user == null ? "anonymous" : printable(user.getName()),
        request.getRemoteAddr(),
        request.getMethod(),
        request.getRequestURI(),
        project.find() ? project.group(1) : "-");
  }
}
