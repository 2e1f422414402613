package org.projectledger.platform.security;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.projectledger.platform.web.ProblemWriter;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brute force against passwords (security review, finding 7): failed sign-ins are counted per user
 * name and per client address in token buckets (Bucket4j); once either is spent, a sign-in is
 * answered 429 with {@code Retry-After} before the password is even checked, however right it is. A
 * user name gets {@code ledger.security.sign-in-failures-per-user} failures at once, one more every
 * {@code …-refill}; a client address ten times as many. Successful sign-ins cost nothing.
 */
@Component
public class SignInThrottle extends OncePerRequestFilter {

  /** Beyond this many tracked names or addresses, the ones with nothing against them go. */
  private static final int TRACKED = 10_000;

  private final Map<String, Bucket> users = new ConcurrentHashMap<>();
  private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
  private final LedgerSecurityProperties properties;
  private final ProblemWriter problems;

  SignInThrottle(LedgerSecurityProperties properties, ProblemWriter problems) {
    this.properties = properties;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = basicUser(request);
    if (user != null && (spent(users.get(user)) || spent(addresses.get(request.getRemoteAddr())))) {
      long seconds = Math.max(1, properties.getSignInFailureRefill().toSeconds());
      TooMany.refuse(
          problems,
          response,
          seconds,
          "Too many failed sign-ins for this user or from this address. Try again in %d s."
              .formatted(seconds));
      return;
    }
    chain.doFilter(request, response);
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    String user = event.getAuthentication().getName();
    if (user != null) {
      take(users, user, properties.getSignInFailuresPerUser());
    }
    if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
        && web.getRemoteAddress() != null) {
      take(addresses, web.getRemoteAddress(), properties.getSignInFailuresPerUser() * 10);
    }
  }

  private void take(Map<String, Bucket> buckets, String key, long capacity) {
    if (buckets.size() > TRACKED) {
      buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
    }
    buckets.computeIfAbsent(key, k -> bucket(capacity)).tryConsume(1);
  }

  private Bucket bucket(long capacity) {
    Duration refill = properties.getSignInFailureRefill();
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(capacity).refillGreedy(1, refill))
        .build();
  }

  private static boolean spent(Bucket bucket) {
    return bucket != null && bucket.getAvailableTokens() <= 0;
  }

  /** The user name of a Basic sign-in, or null for any other request. */
  private static String basicUser(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
