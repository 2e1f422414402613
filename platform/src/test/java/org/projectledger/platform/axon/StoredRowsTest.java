package org.projectledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.projectledger.api.ledger.StoredEvent;
import org.projectledger.platform.ledger.JdbcStoredEvents;
import org.projectledger.platform.storage.Migrations;
import org.projectledger.platform.testing.TestPostgres;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The hash chain's stream of stored rows ({@link StoredRows}) on PostgreSQL. */
class StoredRowsTest {

  private JdbcTemplate jdbc;
  private JdbcStoredEvents stored;

  @BeforeEach
  void store() {
    PGSimpleDataSource dataSource = TestPostgres.server().freshDataSource();
    Migrations.flyway(dataSource, "event-store").migrate();
    jdbc = new JdbcTemplate(dataSource);
    stored = new JdbcStoredEvents(jdbc);
  }

  @Test
  void itStreamsEachStoredRowOnceAsItIsStoredFromAnyTokenAndWakesForANewOne() throws Exception {
    for (long position : new long[] {1, 2, 5}) {
      row(position);
    }
    StoredRows rows = new StoredRows(stored, null);

    List<TrackedEventMessage<?>> all = drain(rows.openStream(null));
    assertThat(all)
        .extracting(m -> m.trackingToken().position().orElseThrow())
        .containsExactly(1L, 2L, 5L);
    // The payload is the row exactly as the store's own reader gives it; the token keeps no gaps.
    assertThat(all)
        .extracting(TrackedEventMessage::getPayload)
        .isEqualTo(List.copyOf(stored.from(1, 10)));
    assertThat(all.get(2).trackingToken())
        .isEqualTo(GapAwareTrackingToken.newInstance(5, java.util.Collections.emptySortedSet()));
    assertThat(all.get(0).getIdentifier()).isEqualTo("e1");

    // From a token of Axon's own stream, gaps and all: the rows after its position.
    TrackingToken axons = GapAwareTrackingToken.newInstance(2, java.util.Set.of(1L));
    BlockingStream<TrackedEventMessage<?>> after = rows.openStream(axons);
    assertThat(drain(after))
        .extracting(m -> ((StoredEvent) m.getPayload()).eventId())
        .containsExactly("e5");

    // Caught up, the stream waits; a row stored and announced wakes it.
    assertThat(after.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
    row(6);
    rows.appended();
    assertThat(after.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
    assertThat(after.nextAvailable().trackingToken().position()).hasValue(6L);
    after.close();
  }

  @Test
  void rowsItCannotReadStopItOnTheirPositionNamed() {
    StoredRows rows =
        new StoredRows(
            (position, limit) -> {
              throw new DataAccessResourceFailureException("the store did not answer");
            },
            null);
    assertThatThrownBy(
            () -> rows.openStream(GapAwareTrackingToken.newInstance(41, java.util.Set.of())).peek())
        .hasMessageContaining("The hash chain stopped at position 42")
        .hasMessageContaining("the store did not answer");
  }

  @Test
  void itAsksTheEventStoreWhereItsHeadIs() {
    TrackingToken head = GapAwareTrackingToken.newInstance(9, java.util.Set.of());
    StreamableMessageSource<TrackedEventMessage<?>> store =
        new StreamableMessageSource<>() {
          @Override
          public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken from) {
            throw new UnsupportedOperationException();
          }

          @Override
          public TrackingToken createTailToken() {
            return null;
          }

          @Override
          public TrackingToken createHeadToken() {
            return head;
          }

          @Override
          public TrackingToken createTokenAt(java.time.Instant at) {
            return head;
          }
        };
    StoredRows rows = new StoredRows(stored, store);
    assertThat(rows.createTailToken()).isNull();
    assertThat(rows.createHeadToken()).isSameAs(head);
  }

  private static List<TrackedEventMessage<?>> drain(BlockingStream<TrackedEventMessage<?>> stream)
      throws InterruptedException {
    List<TrackedEventMessage<?>> messages = new ArrayList<>();
    while (stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)) {
      messages.add(stream.nextAvailable());
    }
    return messages;
  }

  private void row(long position) {
    jdbc.update(
        "INSERT INTO domainevententry (globalindex, eventidentifier, aggregateidentifier,"
            + " sequencenumber, type, timestamp, payloadtype, payload, metadata)"
            + " VALUES (?, ?, 'p', ?, 'Project', ?, 'java.lang.String', ?, ?)",
        position,
        "e" + position,
        position,
        java.time.Instant.now().toString(),
        "\"x\"".getBytes(StandardCharsets.UTF_8),
        "{}".getBytes(StandardCharsets.UTF_8));
  }
}
