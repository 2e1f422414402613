package org.projectledger.query.consistency;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * {@code minVersion} of API.md: a client that has just written version N may ask a read to wait up
 * to two seconds for the read model to reach N. The read model is polled, with a short pause that
 * grows; the answer goes out either way, with the version it reached.
 */
@Component
public class ReadYourWrites {

  static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

  /**
   * Waits until {@code currentVersion} reaches {@code minVersion} or two seconds pass.
   *
   * @return the version reached, empty where the read model does not know the project yet
   */
  public OptionalLong await(long minVersion, Supplier<OptionalLong> currentVersion) {
    long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
    long pauseMillis = 5;
    OptionalLong version = currentVersion.get();
    while (!reached(version, minVersion) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        break;
      }
      pauseMillis = Math.min(pauseMillis * 2, 50);
      version = currentVersion.get();
    }
    return version;
  }

  private static boolean reached(OptionalLong version, long minVersion) {
    return version.isPresent() && version.getAsLong() >= minVersion;
  }
}
