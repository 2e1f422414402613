package org.projectledger.platform.security;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.projectledger.platform.web.ProblemWriter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes are rate-limited per signed-in user with a token bucket (Bucket4j): a burst of {@code
 * ledger.security.write-burst}, refilled at {@code ledger.security.writes-per-second}. Beyond it a
 * write is answered 429 with {@code Retry-After} and never reaches a command.
 */
class WriteRateLimit extends OncePerRequestFilter {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final LedgerSecurityProperties properties;
  private final ProblemWriter problems;

  WriteRateLimit(LedgerSecurityProperties properties, ProblemWriter problems) {
    this.properties = properties;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (!WRITES.contains(request.getMethod()) || user == null || !user.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    if (TooMany.take(
        buckets.computeIfAbsent(user.getName(), name -> newBucket()),
        problems,
        response,
        seconds ->
            "Too many writes: at most %d a second (%d at once). Try again in %d s."
                .formatted(properties.getWritesPerSecond(), properties.getWriteBurst(), seconds))) {
      chain.doFilter(request, response);
    }
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            limit ->
                limit
                    .capacity(properties.getWriteBurst())
                    .refillGreedy(properties.getWritesPerSecond(), Duration.ofSeconds(1)))
        .build();
  }
}
