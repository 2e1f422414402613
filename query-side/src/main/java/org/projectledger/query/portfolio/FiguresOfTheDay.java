package org.projectledger.query.portfolio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.projectledger.platform.BusinessDates;
import org.projectledger.platform.Poller;
import org.projectledger.query.ProjectViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Once a day, at {@code ledger.portfolio.figures-at} in the business time zone (default 06:30,
 * after the daily tolerance check), each query node makes every project's figures of the new day
 * current ({@link PortfolioReads#makeFiguresCurrent}): a day moves planned value, so every kept
 * figure goes stale at midnight, and the first portfolio sorted or filtered by its figures would
 * otherwise compute them all while its reader waits. A node started after that hour leaves the day
 * to its readers; the figures are a cache either way.
 *
 * <p>Whenever no figures are kept at all while there are projects — the project tables rebuilt
 * (their replay clears the figures with them) or a store whose figures were never computed — the
 * node makes today's current as soon as its project tables have caught up with the store, whatever
 * the hour: after a rebuild of some 40,000 projects the first reader sorting by a figure otherwise
 * waited over a minute. While the project tables are still being rebuilt nothing is computed: the
 * figures would be of half-built tables and computed again.
 */
@Component
class FiguresOfTheDay implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(FiguresOfTheDay.class);

  private final PortfolioReads reads;
  private final JdbcTemplate jdbc;
  private final EventProcessingConfiguration processing;
  private final BusinessDates dates;
  private final Clock clock;
  private final LocalTime at;
  private final Duration pollInterval;
  private final Poller poller = new Poller();
  private volatile LocalDate done;

  FiguresOfTheDay(
      PortfolioReads reads,
      JdbcTemplate jdbc,
      EventProcessingConfiguration processing,
      BusinessDates dates,
      Clock clock,
      @Value("${ledger.portfolio.figures-at:06:30}") LocalTime at,
      @Value("${ledger.portfolio.figures-poll-interval:10s}") Duration pollInterval) {
    this.reads = reads;
    this.jdbc = jdbc;
    this.processing = processing;
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
      if (cold()) {
        if (caughtUp()) {
          makeCurrent(today, "the project tables caught up and no figures were kept");
        }
        return;
      }
      if (today.equals(done) || now.isBefore(due(today))) {
        return;
      }
      makeCurrent(today, "the day's hour came");
      done = today;
    } catch (RuntimeException e) {
      LOG.warn("The portfolio's figures of the day were not all made current: {}", e.toString());
    }
  }

  private void makeCurrent(LocalDate today, String why) {
    long started = System.nanoTime();
    reads.makeFiguresCurrent(today);
    LOG.info(
        "The portfolio's figures of {} are current ({}; {} ms)",
        today,
        why,
        (System.nanoTime() - started) / 1_000_000);
  }

  /** No figure kept for any project and day, while there are projects. */
  private boolean cold() {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "SELECT NOT EXISTS (SELECT 1 FROM portfolio_figures)"
                + " AND EXISTS (SELECT 1 FROM portfolio_project)",
            Boolean.class));
  }

  /**
   * Whether this node's project tables are at the store's head: every segment it holds caught up. A
   * replay counts once it is at the head, though Axon calls it a replay until the first event
   * recorded after its reset. A node that holds no segment (another node processes them) cannot
   * tell, and leaves the figures to the daily run and its readers.
   */
  private boolean caughtUp() {
    return processing
        .eventProcessor(ProjectViews.PROCESSING_GROUP, StreamingEventProcessor.class)
        .filter(StreamingEventProcessor::isRunning)
        .map(StreamingEventProcessor::processingStatus)
        .filter(status -> !status.isEmpty())
        .map(
            status ->
                status.values().stream()
                    .allMatch(segment -> segment.isCaughtUp() && !segment.isErrorState()))
        .orElse(false);
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
