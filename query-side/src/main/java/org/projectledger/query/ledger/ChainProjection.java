package org.projectledger.query.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.projectledger.api.ledger.LedgerHash;
import org.projectledger.api.ledger.StoredEvent;
import org.projectledger.platform.ledger.StoredEvents;
import org.projectledger.query.consistency.NewRows;
import org.projectledger.query.consistency.ProjectionWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Links each event into the hash chain as it arrives, in global order. It hashes the stored row,
 * not the message: the chain vouches for the bytes in the store. Appends commit in index order (see
 * the platform's OrderedAppends), so no event arrives after a later one; a link that exists already
 * is left alone. A batch reads the chain's head once and the stored rows a page at a time, and its
 * links are written together before it commits (see {@link ProjectionWrites}).
 */
@Component
@ProcessingGroup(ChainProjection.NAME)
class ChainProjection {

  static final String NAME = "ledger";

  /** A link, keyed by its event's global position. */
  private static final NewRows.Shape LINK =
      new NewRows.Shape(
          "ledger_chain",
          List.of("global_position", "event_id", "hash", "previous_hash", "recorded_at"),
          0);

  /** Stored rows read at once: the processor's batch size. */
  private static final int PAGE = 1000;

  private final JdbcTemplate jdbc;
  private final StoredEvents stored;
  private final ProjectionWrites writes;

  ChainProjection(JdbcTemplate jdbc, StoredEvents stored, ProjectionWrites writes) {
    this.jdbc = jdbc;
    this.stored = stored;
    this.writes = writes;
  }

  // No reset handler: links are evidence and are never deleted (the replay endpoint refuses this
  // processor, and the service's least-privileged role may not delete them). Were its tokens reset
  // anyway, every event would find its link written already and be left alone.

  /**
   * A stored row, as the JDBC store streams them to this processor ({@code StoredRows}): hashed as
   * it came, without reading it again.
   */
  @EventHandler
  void on(StoredEvent row) {
    link(row.position(), batch -> row);
  }

  /**
   * Any other event (Axon Server's stream): the message's position, its stored row read a page at a
   * time. Takes the message, not the payload: the chain hashes the stored row and never reads it.
   */
  @EventHandler
  void on(EventMessage<?> message, TrackingToken token) {
    long position = token.position().orElseThrow();
    link(position, batch -> batch.row(position));
  }

  private void link(long position, Function<Batch, StoredEvent> stored) {
    Batch batch = batch();
    if (batch.tip != null && batch.tip.position() >= position) {
      return; // linked already: links are written in global order, so this one is there
    }
    StoredEvent row;
    try {
      row = stored.apply(batch);
    } catch (ChainStopped stopped) {
      throw stopped;
    } catch (RuntimeException unreadable) {
      throw new ChainStopped(position, "its stored form cannot be read: " + unreadable, unreadable);
    }
    String before = batch.tip == null ? LedgerHash.GENESIS : batch.tip.hash();
    String hash = LedgerHash.next(before, row);
    writes.insertOnce(LINK, position, row.eventId(), hash, before, row.timestamp());
    batch.tip = new Link(position, hash);
  }

  /**
   * What this batch knows: the last link (the head in the table, then the one it wrote last) and
   * the stored rows it read ahead. It lives as long as the transaction, which holds the processor's
   * only segment, and is forgotten when that ends either way: a batch rolled back must not leave a
   * link in memory that is not in the table.
   */
  private Batch batch() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new Batch(head());
    }
    Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
    if (batch == null) {
      batch = new Batch(head());
      TransactionSynchronizationManager.bindResource(this, batch);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(ChainProjection.this);
            }
          });
    }
    return batch;
  }

  private Link head() {
    List<Link> head =
        jdbc.query(
            "SELECT global_position, hash FROM ledger_chain ORDER BY global_position DESC LIMIT 1",
            (rs, row) -> new Link(rs.getLong(1), rs.getString(2)));
    return head.isEmpty() ? null : head.get(0);
  }

  private final class Batch {

    private Link tip;
    private final Map<Long, StoredEvent> rows = new HashMap<>();

    Batch(Link tip) {
      this.tip = tip;
    }

    StoredEvent row(long position) {
      StoredEvent row = rows.remove(position);
      if (row != null) {
        return row;
      }
      rows.clear();
      for (StoredEvent ahead : stored.from(position, PAGE)) {
        rows.put(ahead.position(), ahead);
      }
      row = rows.remove(position);
      if (row == null) {
        throw new ChainStopped(position, "the event store holds no event at that position");
      }
      return row;
    }
  }

  private record Link(long position, String hash) {}

  /**
   * The chain cannot link an event. It never passes one by: the processor stops on this event (the
   * group's error handler propagates, see {@link ChainStopsOnFailure}), health turns DOWN naming
   * the position, and Axon retries the same event until the cause is gone.
   */
  static final class ChainStopped extends IllegalStateException {
    ChainStopped(long position, String cause) {
      super("The hash chain stopped at position " + position + ": " + cause);
    }

    ChainStopped(long position, String cause, Throwable reason) {
      super("The hash chain stopped at position " + position + ": " + cause, reason);
    }
  }
}
