package org.projectledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.projectledger.platform.storage.Migrations;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.web.ProblemAnswers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A command's append commits its transaction in the same trip to PostgreSQL as its inserts ({@link
 * OrderedAppends}): what the unit of work wrote before the append commits with the events, a lost
 * race commits nothing, and appends still take the order lock.
 */
class OrderedAppendsOnPostgresTest {

  private JdbcTemplate jdbc;
  private JdbcTemplate outside;
  private SpringTransactionManager transactions;
  private OrderedAppends store;

  @BeforeEach
  void store() {
    TestPostgres server = TestPostgres.server();
    PGSimpleDataSource dataSource = server.freshDataSource();
    Migrations.flyway(dataSource, "event-store").migrate();
    jdbc = new JdbcTemplate(dataSource);
    // A data source of its own: its connections never join the unit of work's transaction.
    outside = new JdbcTemplate(server.dataSource(dataSource.getUrl()));
    jdbc.execute("CREATE TABLE written_beside (note TEXT)");
    transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
    ConnectionProvider connections = new SpringDataSourceConnectionProvider(dataSource);
    store =
        new OrderedAppends(
            JdbcEventStorageEngine.builder()
                .eventSerializer(JacksonSerializer.defaultSerializer())
                .snapshotSerializer(JacksonSerializer.defaultSerializer())
                .persistenceExceptionResolver(new SQLStateResolver("23505"))
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(new EventSchema()),
            connections,
            java.time.Duration.ofSeconds(60));
  }

  /**
   * The global stream reads as Axon's own engine reads it: the same tokens, gaps kept behind recent
   * rows and forgotten behind old ones, and the same instants (parsed once instead of by Axon).
   */
  @Test
  void theGlobalStreamReadsAsAxonsOwnEngineReadsIt() {
    java.time.Instant now = java.time.Instant.now();
    // Rows 1, 2, 5, 6, 9 and 10: gaps at 3-4 behind old rows, at 7-8 behind recent ones.
    long[] positions = {1, 2, 5, 6, 9, 10};
    for (int i = 0; i < positions.length; i++) {
      java.time.Instant at =
          positions[i] < 9 ? now.minus(java.time.Duration.ofHours(2)) : now.minusMillis(i);
      jdbc.update(
          "INSERT INTO domainevententry (globalindex, eventidentifier, aggregateidentifier,"
              + " sequencenumber, type, timestamp, payloadtype, payload, metadata)"
              + " VALUES (?, ?, 'p', ?, 'Project', ?, 'java.lang.String', ?, ?)",
          positions[i],
          "e" + positions[i],
          (long) i,
          i == 0 ? "2026-11-28T10:07:12.553+01:00" : at.toString(),
          "\"x\"".getBytes(java.nio.charset.StandardCharsets.UTF_8),
          "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    JdbcEventStorageEngine axons =
        JdbcEventStorageEngine.builder()
            .eventSerializer(JacksonSerializer.defaultSerializer())
            .snapshotSerializer(JacksonSerializer.defaultSerializer())
            .connectionProvider(new SpringDataSourceConnectionProvider(jdbc.getDataSource()))
            .transactionManager(transactions)
            .gapTimeout(60_000)
            .schema(new EventSchema())
            .build();
    for (org.axonframework.eventhandling.TrackingToken from :
        java.util.Arrays.asList(
            null,
            org.axonframework.eventhandling.GapAwareTrackingToken.newInstance(
                1, java.util.Set.of()))) {
      List<List<Object>> ours = read(store, from);
      assertThat(ours).hasSize(from == null ? 6 : 5).isEqualTo(read(axons, from));
    }
    assertThat(read(store, null).get(5).get(0).toString()).contains("gaps=[7, 8]");
  }

  private List<List<Object>> read(
      JdbcEventStorageEngine engine, org.axonframework.eventhandling.TrackingToken from) {
    List<List<Object>> rows = new ArrayList<>();
    transactions.executeInTransaction(
        () ->
            engine
                .readEvents(from, false)
                .forEach(
                    row ->
                        rows.add(
                            List.of(
                                row.trackingToken(),
                                row.getIdentifier(),
                                row.getTimestamp(),
                                ((DomainEventMessage<?>) row).getSequenceNumber()))));
    return rows;
  }

  @Test
  void aCommandsEventsAndWhatItWroteBeforeThemAreCommittedByTheAppendItself() {
    List<String> seenBeforeTheTransactionManagersCommit = new ArrayList<>();
    command(
        unitOfWork -> {
          // The commit phase runs its handlers last-registered first: this one before the
          // transaction manager's commit, registered earlier.
          unitOfWork.onCommit(
              u ->
                  seenBeforeTheTransactionManagersCommit.addAll(
                      outside.queryForList(
                          "SELECT aggregateidentifier || ':' || sequencenumber FROM"
                              + " domainevententry ORDER BY globalindex",
                          String.class)));
        },
        () -> jdbc.update("INSERT INTO written_beside VALUES ('outbox row')"),
        event("p1", 0),
        event("p1", 1),
        event("p1", 2));

    // A connection outside the unit of work's transaction saw them before its commit.
    assertThat(seenBeforeTheTransactionManagersCommit).containsExactly("p1:0", "p1:1", "p1:2");
    assertThat(jdbc.queryForList("SELECT globalindex FROM domainevententry", Long.class))
        .containsExactly(1L, 2L, 3L);
    assertThat(jdbc.queryForList("SELECT note FROM written_beside", String.class))
        .containsExactly("outbox row");
    assertThat(jdbc.queryForObject("SELECT appends FROM event_append_lock", Long.class))
        .isEqualTo(1L);
  }

  @Test
  void aLostRaceCommitsNothingOfItsUnitOfWork() {
    command(u -> {}, () -> {}, event("p1", 0));

    assertThatThrownBy(
            () ->
                command(
                    u -> {},
                    () -> jdbc.update("INSERT INTO written_beside VALUES ('lost')"),
                    event("p1", 1),
                    event("p1", 0)))
        .isInstanceOf(ConcurrencyException.class);

    assertThat(jdbc.queryForList("SELECT sequencenumber FROM domainevententry", Long.class))
        .containsExactly(0L);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM written_beside", Long.class)).isZero();
    // The connection went back to the pool in a usable state: the next command appends.
    command(u -> {}, () -> {}, event("p1", 1));
    assertThat(jdbc.queryForList("SELECT sequencenumber FROM domainevententry", Long.class))
        .containsExactly(0L, 1L);
  }

  @Test
  void aConnectionLostDuringTheAppendLeavesTheOutcomeUnknown() {
    Throwable failure =
        catchThrowable(
            () ->
                command(
                    u -> {},
                    () -> {
                      Integer backend =
                          jdbc.queryForObject("SELECT pg_backend_pid()", Integer.class);
                      outside.queryForObject(
                          "SELECT pg_terminate_backend(?)", Boolean.class, backend);
                    },
                    event("p1", 0)));

    // The append carries the commit: the commit may have reached the store before the connection
    // broke, so the write is answered "outcome unknown", not "nothing was recorded".
    assertThat(ProblemAnswers.storeUnreachable(failure)).isTrue();
    assertThat(ProblemAnswers.duringCommit(failure)).isTrue();
  }

  /**
   * Runs a command's unit of work as the command bus does: its transaction attached first, then the
   * command's own writes, then the events appended while the commit is prepared.
   */
  private void command(
      java.util.function.Consumer<UnitOfWork<?>> before,
      Runnable writes,
      DomainEventMessage<?>... events) {
    DefaultUnitOfWork<?> unitOfWork =
        DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("decide"));
    unitOfWork.attachTransaction(transactions);
    before.accept(unitOfWork);
    unitOfWork.onPrepareCommit(u -> store.appendEvents(List.of(events)));
    var result =
        unitOfWork.executeWithResult(
            () -> {
              writes.run();
              return null;
            });
    if (result.isExceptional()) {
      throw (RuntimeException) result.exceptionResult();
    }
  }

  private static DomainEventMessage<?> event(String aggregate, long sequence) {
    return new GenericDomainEventMessage<>(
        "Project", aggregate, sequence, Map.of("decision", "d" + sequence));
  }
}
