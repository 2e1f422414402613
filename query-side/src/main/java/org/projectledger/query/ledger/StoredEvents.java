package org.projectledger.query.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.projectledger.api.ledger.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the event store's rows as stored, in global order, a page at a time. */
@Component
class StoredEvents {

  private static final int PAGE = 500;
  private static final String COLUMNS =
      "globalindex, eventidentifier, payloadtype, payloadrevision, aggregateidentifier,"
          + " sequencenumber, timestamp, payload, metadata";

  private final JdbcTemplate jdbc;

  StoredEvents(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Up to {@code limit} stored events from {@code position} on, in global order. */
  List<StoredEvent> from(long position, int limit) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM domainevententry WHERE globalindex >= ? ORDER BY globalindex LIMIT ?",
        (rs, row) -> event(rs),
        position,
        limit);
  }

  /** Every stored event from the first, in global order, paged by key. */
  void forEach(Consumer<StoredEvent> action) {
    long after = -1;
    while (true) {
      List<StoredEvent> page =
          jdbc.query(
              "SELECT "
                  + COLUMNS
                  + " FROM domainevententry WHERE globalindex > ? ORDER BY globalindex LIMIT ?",
              (rs, row) -> event(rs),
              after,
              PAGE);
      page.forEach(action);
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).position();
    }
  }

  private static StoredEvent event(ResultSet rs) throws SQLException {
    Base64.Encoder base64 = Base64.getEncoder();
    byte[] metadata = rs.getBytes("metadata");
    return new StoredEvent(
        rs.getLong("globalindex"),
        rs.getString("eventidentifier"),
        rs.getString("payloadtype"),
        rs.getString("payloadrevision"),
        rs.getString("aggregateidentifier"),
        rs.getLong("sequencenumber"),
        rs.getString("timestamp"),
        base64.encodeToString(rs.getBytes("payload")),
        metadata == null ? null : base64.encodeToString(metadata));
  }
}
