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
    Integer linked =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM ledger_chain WHERE global_position = ?", Integer.class, position);
    if (linked != null && linked > 0) {
      return;
    }
    StoredEvent row =
        stored
            .at(position)
            .orElseThrow(() -> new IllegalStateException("No stored event at " + position));
    List<String> previous =
        jdbc.queryForList(
            "SELECT hash FROM ledger_chain WHERE global_position < ? ORDER BY global_position DESC LIMIT 1",
            String.class,
            position);
    String before = previous.isEmpty() ? LedgerHash.GENESIS : previous.get(0);
    jdbc.update(
        "INSERT INTO ledger_chain (global_position, event_id, hash, previous_hash, recorded_at) VALUES (?, ?, ?, ?, ?)",
        position,
        row.eventId(),
        LedgerHash.next(before, row),
        before,
        row.timestamp());
  }
}
