package org.projectledger.platform.security;

import io.github.bucket4j.Bucket;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.projectledger.platform.web.ProblemWriter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What one signed-in user may ask of the service, each in a token bucket (Bucket4j): writes ({@code
 * ledger.security.writes-per-second}, {@code .write-burst}; beyond them a write never reaches a
 * command), reads ({@code ledger.security.reads-per-second}, {@code .read-burst}; security review,
 * finding 7), and live streams (a dashboard's {@code /stream}) at most {@code
 * ledger.security.streams-per-user} open at once. The read and stream defaults are far beyond what
 * a busy PMO's pages ask; beyond any limit, 429 with {@code Retry-After}.
 */
class UserLimits extends OncePerRequestFilter {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final Map<String, Bucket> writes = new ConcurrentHashMap<>();
  private final Map<String, Bucket> reads = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> streams = new ConcurrentHashMap<>();
  private final LedgerSecurityProperties properties;
  private final ProblemWriter problems;

  UserLimits(LedgerSecurityProperties properties, ProblemWriter problems) {
    this.properties = properties;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    if (WRITES.contains(request.getMethod())) {
      if (TooMany.take(
          writes.computeIfAbsent(
              user.getName(),
              name -> bucket(properties.getWriteBurst(), properties.getWritesPerSecond())),
          problems,
          response,
          seconds ->
              "Too many writes: at most %d a second (%d at once). Try again in %d s."
                  .formatted(
                      properties.getWritesPerSecond(), properties.getWriteBurst(), seconds))) {
        chain.doFilter(request, response);
      }
      return;
    }
    if (!"GET".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (!TooMany.take(
        reads.computeIfAbsent(
            user.getName(),
            name -> bucket(properties.getReadBurst(), properties.getReadsPerSecond())),
        problems,
        response,
        seconds ->
            "Too many reads: at most %d a second (%d at once). Try again in %d s."
                .formatted(properties.getReadsPerSecond(), properties.getReadBurst(), seconds))) {
      return;
    }
    if (!request.getRequestURI().endsWith("/stream")) {
      chain.doFilter(request, response);
      return;
    }
    AtomicInteger open = streams.computeIfAbsent(user.getName(), name -> new AtomicInteger());
    if (open.incrementAndGet() > properties.getStreamsPerUser()) {
      open.decrementAndGet();
      TooMany.refuse(
          problems,
          response,
          5,
          "Too many live streams open: at most %d for one user. Close one first."
              .formatted(properties.getStreamsPerUser()));
      return;
    }
    AtomicBoolean closed = new AtomicBoolean();
    Runnable close =
        () -> {
          if (closed.compareAndSet(false, true)) {
            open.decrementAndGet();
          }
        };
    try {
      chain.doFilter(request, response);
    } finally {
      if (request.isAsyncStarted()) {
        request.getAsyncContext().addListener(closing(close));
      } else {
        close.run();
      }
    }
  }

  private static AsyncListener closing(Runnable close) {
    return new AsyncListener() {
      @Override
      public void onComplete(AsyncEvent event) {
        close.run();
      }

      @Override
      public void onTimeout(AsyncEvent event) {
        close.run();
      }

      @Override
      public void onError(AsyncEvent event) {
        close.run();
      }

      @Override
      public void onStartAsync(AsyncEvent event) {
        // The same stream, started again: it still holds its place.
      }
    };
  }

  private static Bucket bucket(long burst, long perSecond) {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
        .build();
  }
}
