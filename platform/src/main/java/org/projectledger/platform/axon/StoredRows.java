package org.projectledger.platform.axon;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.StreamableMessageSource;
import org.projectledger.api.ledger.StoredEvent;
import org.projectledger.platform.ledger.StoredEvents;

/**
 * The JDBC store's rows as they are stored, as a stream for a tracking processor: each message's
 * payload is the {@link StoredEvent} itself, read a page at a time by {@link StoredEvents}. The
 * hash chain hashes the stored row and never the event; through Axon's stream it read every row
 * twice (Axon's reading, which builds the message, then its own), and Axon parsed each row's
 * instant: about half of the chain's processor in a rebuild.
 *
 * <p>Appends commit in the order of their global index ({@link OrderedAppends}), so a position read
 * past is never filled later: the stream keeps no gaps, and its tokens are Axon's JDBC tokens
 * without them, read by the same processors' tokens as before. Where nothing new is stored it asks
 * again every {@link #POLL}, and at once when this node appends ({@link #appended}).
 */
public final class StoredRows implements StreamableMessageSource<TrackedEventMessage<?>> {

  /** How long a caught-up stream waits before it reads again, unless woken by an append. */
  static final Duration POLL = Duration.ofMillis(200);

  /** Rows read at once. */
  static final int PAGE = 1000;

  private final StoredEvents stored;
  private final StreamableMessageSource<TrackedEventMessage<?>> tokens;
  private final Object wake = new Object();

  /**
   * {@code stored}: the rows; {@code tokens}: the event store, which answers where its head is and
   * which position an instant falls at.
   */
  public StoredRows(StoredEvents stored, StreamableMessageSource<TrackedEventMessage<?>> tokens) {
    this.stored = stored;
    this.tokens = tokens;
  }

  /** Wakes the streams waiting for rows: this node has appended. */
  public void appended() {
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  @Override
  public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
    long after =
        from == null ? StoredEvent.BEFORE_FIRST : from.position().orElse(StoredEvent.BEFORE_FIRST);
    return new Rows(after);
  }

  @Override
  public TrackingToken createTailToken() {
    return null;
  }

  @Override
  public TrackingToken createHeadToken() {
    return tokens.createHeadToken();
  }

  @Override
  public TrackingToken createTokenAt(Instant dateTime) {
    return tokens.createTokenAt(dateTime);
  }

  /** The message of a row: its payload the row, its token the row's position. */
  static TrackedEventMessage<StoredEvent> message(StoredEvent row) {
    return new GenericTrackedEventMessage<>(
        GapAwareTrackingToken.newInstance(row.position(), Collections.emptySortedSet()),
        new GenericEventMessage<>(
            row.eventId(), row, MetaData.emptyInstance(), StoredInstants.parse(row.timestamp())));
  }

  /**
   * The rows from a position could not be read: the processor stops on it and tries again later,
   * never passing the position by; its health names the position.
   */
  static final class Unreadable extends IllegalStateException {
    Unreadable(long position, RuntimeException cause) {
      super(
          "The hash chain stopped at position "
              + position
              + ": its stored form cannot be read: "
              + cause.getMessage(),
          cause);
    }
  }

  private final class Rows implements BlockingStream<TrackedEventMessage<?>> {

    private final ArrayDeque<TrackedEventMessage<?>> read = new ArrayDeque<>();
    private long after;

    Rows(long after) {
      this.after = after;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
      if (read.isEmpty()) {
        readPage();
      }
      return Optional.ofNullable(read.peekFirst());
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
      long until = System.nanoTime() + unit.toNanos(timeout);
      while (read.isEmpty()) {
        readPage();
        long left = until - System.nanoTime();
        if (!read.isEmpty() || left <= 0) {
          break;
        }
        synchronized (wake) {
          TimeUnit.NANOSECONDS.timedWait(wake, Math.min(left, POLL.toNanos()));
        }
      }
      return !read.isEmpty();
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
      while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
        // wait on: a processor asks only when it expects a message
      }
      return read.pollFirst();
    }

    @Override
    public void close() {
      read.clear();
    }

    private void readPage() {
      List<StoredEvent> page;
      try {
        page = stored.from(after + 1, PAGE);
      } catch (RuntimeException unreadable) {
        throw new Unreadable(after + 1, unreadable);
      }
      for (StoredEvent row : page) {
        read.addLast(message(row));
        after = row.position();
      }
    }
  }
}
