package org.projectledger.query.portfolio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.projectledger.platform.BusinessDates;
import org.projectledger.platform.Poller;
import org.projectledger.query.ProjectViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once a day, at {@code ledger.portfolio.figures-at} in the business time zone (default 06:30,
 * after the daily tolerance check), each query node makes every project's figures of the new day
 * current ({@link PortfolioReads#makeFiguresCurrent}): a day moves planned value, so every kept
 * figure goes stale at midnight, and the first portfolio sorted or filtered by its figures would
 * otherwise compute them all while its reader waits.
 *
 * <p>The node also makes today's figures current, whatever the hour, as soon as its project tables
 * have caught up with the store after it starts, and after they were rebuilt (their replay clears
 * the kept figures with them). Only the stale ones are computed, so after a restart that is what a
 * reader would have computed; after a rebuild of some 40,000 projects the first reader sorting by a
 * figure otherwise waited over a minute. While the project tables are still catching up nothing is
 * computed for this: the figures would be of half-built tables and computed again.
 */
@Component
class FiguresOfTheDay implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(FiguresOfTheDay.class);

  private final PortfolioReads reads;
  private final EventProcessingConfiguration processing;
  private final BusinessDates dates;
  private final Clock clock;
  private final LocalTime at;
  private final Duration pollInterval;
  private final Poller poller = new Poller();
  private volatile LocalDate done;

  /**
   * Why the figures are to be made current once the project tables have caught up (the node
   * started, or the tables were rebuilt), or null.
   */
  private final AtomicReference<String> pending = new AtomicReference<>();

  FiguresOfTheDay(
      PortfolioReads reads,
      EventProcessingConfiguration processing,
      BusinessDates dates,
      Clock clock,
      @Value("${ledger.portfolio.figures-at:06:30}") LocalTime at,
      @Value("${ledger.portfolio.figures-poll-interval:10s}") Duration pollInterval) {
    this.reads = reads;
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
    pending.set("caught up after the start");
    poller.start("ledger-figures-of-the-day", pollInterval, this::runIfDue);
  }

  private Instant due(LocalDate day) {
    return dates.dueAt(day, at);
  }

  void runIfDue() {
    try {
      Instant now = clock.instant();
      LocalDate today = dates.dateOf(now);
      String why = pending.get();
      if (why != null && caughtUp() && pending.compareAndSet(why, null)) {
        try {
          makeCurrent(today, why);
        } catch (RuntimeException e) {
          pending.compareAndSet(null, why); // tried again at the next poll
          throw e;
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

  /** The project tables' replay cleared them and the kept figures with them. */
  @EventListener
  void on(PortfolioProjection.Cleared cleared) {
    pending.set("caught up after a rebuild");
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
