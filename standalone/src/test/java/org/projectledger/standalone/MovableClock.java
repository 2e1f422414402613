package org.projectledger.standalone;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves, handed to the service as its primary {@link Clock}: it runs with the real
 * time, moved forward by {@link #advance}, or stands at the instant {@link #setTo} gave it.
 */
final class MovableClock extends Clock {

  /**
   * Hands a test's service this clock as its own: {@code @Import(MovableClock.AsTheClock.class)}.
   */
  @org.springframework.boot.test.context.TestConfiguration
  static class AsTheClock {
    @org.springframework.context.annotation.Bean
    @org.springframework.context.annotation.Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }

  private volatile Duration ahead = Duration.ZERO;
  private volatile Instant fixed;

  void advance(Duration by) {
    ahead = ahead.plus(by);
  }

  void setTo(Instant instant) {
    fixed = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    Instant at = fixed;
    return at != null ? at : Instant.now().plus(ahead);
  }
}
