package org.projectledger.platform.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import org.projectledger.api.ledger.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The JDBC event store's rows as stored: the payload and metadata bytes, the record time's text.
 */
public final class JdbcStoredEvents implements StoredEvents {

  private static final String COLUMNS =
      "globalindex, eventidentifier, payloadtype, payloadrevision, aggregateidentifier,"
          + " sequencenumber, timestamp, payload, metadata";

  private final JdbcTemplate jdbc;

  public JdbcStoredEvents(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<StoredEvent> from(long position, int limit) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM domainevententry WHERE globalindex >= ? ORDER BY globalindex LIMIT ?",
        (rs, row) -> event(rs),
        position,
        limit);
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
