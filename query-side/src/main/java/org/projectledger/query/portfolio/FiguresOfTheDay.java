package org.projectledger.query.portfolio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.projectledger.platform.BusinessDates;
import org.projectledger.platform.Poller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Once a day, at {@code ledger.portfolio.figures-at} in the business time zone (default 06:30,
 * after the daily tolerance check), each query node makes every project's figures of the new day
 * current ({@link PortfolioReads#makeFiguresCurrent}): a day moves planned value, so every kept
 * figure goes stale at midnight, and the first portfolio sorted or filtered by its figures would
 * otherwise compute them all while its reader waits. A node started after that hour leaves the day
 * to its readers; the figures are a cache either way.
 */
@Component
class FiguresOfTheDay implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(FiguresOfTheDay.class);

  private final PortfolioReads reads;
  private final BusinessDates dates;
  private final Clock clock;
  private final LocalTime at;
  private final Duration pollInterval;
  private final Poller poller = new Poller();
  private volatile LocalDate done;

  FiguresOfTheDay(
      PortfolioReads reads,
      BusinessDates dates,
      Clock clock,
      @Value("${ledger.portfolio.figures-at:06:30}") LocalTime at,
      @Value("${ledger.portfolio.figures-poll-interval:60s}") Duration pollInterval) {
    this.reads = reads;
    this.dates = dates;
    this.clock = clock;
    this.at = at;
    this.pollInterval = pollInterval;
  }

  @Override
  public void start() {
    Instant now = clock.instant();
    LocalDate today = dates.dateOf(now);
    done = now.isBefore(due(today)) ? today.minusDays(1) : today;
    poller.start("ledger-figures-of-the-day", pollInterval, this::runIfDue);
  }

  private Instant due(LocalDate day) {
    return dates.dueAt(day, at);
  }

  void runIfDue() {
    try {
      Instant now = clock.instant();
      LocalDate today = dates.dateOf(now);
      if (today.equals(done) || now.isBefore(due(today))) {
        return;
      }
      long started = System.nanoTime();
      reads.makeFiguresCurrent(today);
      done = today;
      LOG.info(
          "The portfolio's figures of {} are current ({} ms)",
          today,
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      LOG.warn("The portfolio's figures of the day were not all made current: {}", e.toString());
    }
  }

  @Override
  public void stop() {
    poller.stop();
  }

  @Override
  public boolean isRunning() {
    return poller.isRunning();
  }

  /** Stops before Axon and the data source do, starts after them. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1024;
  }
}
