package org.projectledger.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.projectledger.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
    LOG.warn(
        "Sign-in failed: user={} reason={}",
        event.getAuthentication().getName(),
        event.getException().getClass().getSimpleName());
  }

  /** A refused action: counted by code and logged with who, what and which project. */
  public void refused(HttpServletRequest request, ErrorCode code) {
    meters.counter("ledger.refusals", "code", code.name()).increment();
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    Matcher project = PROJECT.matcher(request.getRequestURI());
    LOG.warn(
        "Refused {}: user={} action={} {} project={}",
        code,
        user == null ? "anonymous" : user.getName(),
        request.getMethod(),
        request.getRequestURI(),
        project.find() ? project.group(1) : "-");
  }
}
