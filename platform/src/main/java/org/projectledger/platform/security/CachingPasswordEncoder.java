package org.projectledger.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic without paying bcrypt on every call: a password that matched is remembered for a short
 * while ({@code ledger.security.password-cache-ttl}, one minute by default), so that a script pays
 * the slow check once a minute, not once a request. What is kept is a salted SHA-256 of the stored
 * hash and the password given (the salt is random per process), never the password; a failed check
 * is never kept, so every wrong password still costs its full check and counts towards the sign-in
 * throttle. {@code ledger_password_checks_total} counts the slow checks.
 */
final class CachingPasswordEncoder implements PasswordEncoder {

  private static final int MAX_ENTRIES = 10_000;

  private final PasswordEncoder delegate;
  private final Clock clock;
  private final Duration ttl;
  private final Counter checks;
  private final byte[] salt = new byte[32];
  private final Map<String, Instant> verified = new ConcurrentHashMap<>();

  CachingPasswordEncoder(
      PasswordEncoder delegate, Clock clock, Duration ttl, MeterRegistry registry) {
    this.delegate = delegate;
    this.clock = clock;
    this.ttl = ttl;
    this.checks =
        Counter.builder("ledger.password.checks")
            .description("Passwords checked against their stored hash (bcrypt), not from the cache")
            .register(registry);
    new SecureRandom().nextBytes(salt);
  }

  @Override
  public String encode(CharSequence rawPassword) {
    return delegate.encode(rawPassword);
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    if (rawPassword == null || encodedPassword == null) {
      return false;
    }
    String key = fingerprint(rawPassword, encodedPassword);
    Instant now = clock.instant();
    Instant until = verified.get(key);
    if (until != null && now.isBefore(until)) {
      return true;
    }
    checks.increment();
    boolean matches = delegate.matches(rawPassword, encodedPassword);
    if (matches && !ttl.isZero()) {
      if (verified.size() >= MAX_ENTRIES) {
        verified.values().removeIf(expiry -> !now.isBefore(expiry));
        if (verified.size() >= MAX_ENTRIES) {
          verified.clear();
        }
      }
      verified.put(key, now.plus(ttl));
    }
    return matches;
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return delegate.upgradeEncoding(encodedPassword);
  }

  private String fingerprint(CharSequence rawPassword, String encodedPassword) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      sha256.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) 0);
      sha256.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
