package org.projectledger.query.ledger;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.projectledger.api.ledger.LedgerHash;
import org.projectledger.api.ledger.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Links each event into the hash chain as it arrives, in global order. It hashes the stored row,
 * not the message: the chain vouches for the bytes in the store. Appends commit in index order (see
 * the platform's OrderedAppends), so no event arrives after a later one; a link that exists already
 * is left alone.
 */
@Component
@ProcessingGroup(ChainProjection.NAME)
class ChainProjection {

  static final String NAME = "ledger";

  private final JdbcTemplate jdbc;
  private final StoredEvents stored;

  ChainProjection(JdbcTemplate jdbc, StoredEvents stored) {
    this.jdbc = jdbc;
    this.stored = stored;
  }

  @ResetHandler
  void reset() {
    jdbc.update("DELETE FROM ledger_chain");
  }

  @EventHandler
  void on(Object event, TrackingToken token) {
    long position = token.position().orElseThrow();
    Link tip = tip();
    if (tip != null && tip.position() >= position) {
      return; // linked already: links are written in global order, so this one is there
    }
    StoredEvent row =
        stored
            .at(position)
            .orElseThrow(() -> new IllegalStateException("No stored event at " + position));
    String before = tip == null ? LedgerHash.GENESIS : tip.hash();
    String hash = LedgerHash.next(before, row);
    jdbc.update(
        "INSERT INTO ledger_chain (global_position, event_id, hash, previous_hash, recorded_at) VALUES (?, ?, ?, ?, ?)",
        position,
        row.eventId(),
        hash,
        before,
        row.timestamp());
    remember(new Link(position, hash));
  }

  /** The last link of the chain: its head in the table, or the one this batch wrote last. */
  private Link tip() {
    Object written = TransactionSynchronizationManager.getResource(this);
    if (written != null) {
      return (Link) written;
    }
    List<Link> head =
        jdbc.query(
            "SELECT global_position, hash FROM ledger_chain ORDER BY global_position DESC LIMIT 1",
            (rs, row) -> new Link(rs.getLong(1), rs.getString(2)));
    return head.isEmpty() ? null : head.get(0);
  }

  /**
   * Keeps the link just written for the next event of the same batch (one transaction, which holds
   * the processor's only segment), and forgets it when the transaction ends either way: a batch
   * rolled back must not leave a link in memory that is not in the table.
   */
  private void remember(Link link) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    if (TransactionSynchronizationManager.hasResource(this)) {
      TransactionSynchronizationManager.unbindResource(this);
    } else {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(ChainProjection.this);
            }
          });
    }
    TransactionSynchronizationManager.bindResource(this, link);
  }

  private record Link(long position, String hash) {}
}
