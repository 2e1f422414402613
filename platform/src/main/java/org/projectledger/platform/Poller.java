package org.projectledger.platform;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A background task run again and again, a fixed delay apart, on a daemon thread of its own: the
 * daily tolerance check, the notification deliveries, the portfolio's figures of the day. Their
 * {@code SmartLifecycle} starts and stops it.
 */
public final class Poller {

  private volatile ScheduledExecutorService executor;

  /** Runs {@code poll} every {@code interval}, the first time one interval from now. */
  public void start(String threadName, Duration interval, Runnable poll) {
    ScheduledExecutorService started =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, threadName);
              thread.setDaemon(true);
              return thread;
            });
    long millis = interval.toMillis();
    started.scheduleWithFixedDelay(poll, millis, millis, TimeUnit.MILLISECONDS);
    executor = started;
  }

  /** Stops at once, interrupting a poll under way. */
  public void stop() {
    ScheduledExecutorService running = executor;
    executor = null;
    if (running != null) {
      running.shutdownNow();
    }
  }

  /** Lets a poll under way finish, for {@code grace} at most, then stops. */
  public void stop(Duration grace) {
    ScheduledExecutorService running = executor;
    executor = null;
    if (running == null) {
      return;
    }
    running.shutdown();
    try {
      if (!running.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        running.shutdownNow();
      }
    } catch (InterruptedException e) {
      running.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  public boolean isRunning() {
    return executor != null;
  }
}
