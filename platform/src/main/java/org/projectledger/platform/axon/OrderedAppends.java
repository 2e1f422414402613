package org.projectledger.platform.axon;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;

/**
 * Appends that commit in the order of their global index. Each append first locks the one row of
 * {@code event_append_lock} in its own transaction, and holds it until that transaction ends; the
 * next append waits. So no event can commit after a later one: whoever reads the store in global
 * order — Axon's processors, the hash chain — never passes a gap that fills later (the late-commit
 * problem of AxonFramework issue 4829). The price is that appends, not commands, are serialised:
 * the lock is taken when the unit of work prepares to commit, after the command has been decided,
 * and as late as that phase allows: within a unit of work the append waits until everything else
 * that prepares the commit has run (the outbox's look-up of the communication plans among it), so
 * that the lock is held for the lock, the insert and the commit alone. On PostgreSQL a command's
 * append carries the commit itself ({@link #appendAndCommit}), so that not even a round trip to
 * this process falls inside that span. A failed append (a lost race) still fails the unit of work
 * before anything commits.
 *
 * <p>It reads each row's recording instant once, in the store's own form ({@link RecordedAt}).
 */
class OrderedAppends extends JdbcEventStorageEngine {

  private static final String LOCK =
      "UPDATE event_append_lock SET appends = appends + 1 WHERE id = 1";

  /**
   * Axon's defaults, which the store keeps: how far back a token remembers gaps, and from where.
   */
  private static final int MAX_GAP_OFFSET = 10_000;

  private static final long LOWEST_GLOBAL_SEQUENCE = 1;

  private final ConnectionProvider connections;
  private final Duration gapTimeout;
  private volatile Boolean lockWithInsert;

  /** {@code gapTimeout}: the one given to {@code builder} (Axon's engine keeps its own private). */
  OrderedAppends(
      JdbcEventStorageEngine.Builder builder, ConnectionProvider connections, Duration gapTimeout) {
    super(builder.gapTimeout((int) gapTimeout.toMillis()));
    this.connections = connections;
    this.gapTimeout = gapTimeout;
  }

  @Override
  protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
    if (events.isEmpty()) {
      super.appendEvents(events, serializer);
      return;
    }
    if (CurrentUnitOfWork.isStarted()
        && CurrentUnitOfWork.get().phase() == UnitOfWork.Phase.PREPARE_COMMIT) {
      // Handlers added while a phase runs are run at its end, in the order they were added.
      CurrentUnitOfWork.get()
          .onPrepareCommit(
              unitOfWork -> {
                if (lockTravelsWithInsert() && commitsWithAppend(unitOfWork)) {
                  appendAndCommit(events, serializer);
                } else {
                  append(events, serializer);
                }
              });
    } else {
      append(events, serializer);
    }
  }

  private void append(List<? extends EventMessage<?>> events, Serializer serializer) {
    if (!lockTravelsWithInsert()) {
      lockAppendOrder();
    }
    super.appendEvents(events, serializer);
  }

  /**
   * On PostgreSQL the lock travels with the insert, in one statement: the insert selects its row
   * from a data-modifying CTE that takes the lock, so the row (and its global index) is made only
   * once the lock is held, and the lock costs no round trip of its own. Each event's entry of the
   * batch takes it again, which changes nothing once it is held.
   */
  @Override
  protected PreparedStatement appendEvents(
      Connection connection, List<? extends EventMessage<?>> events, Serializer serializer)
      throws SQLException {
    return super.appendEvents(
        lockTravelsWithInsert() ? lockFirst(connection) : connection, events, serializer);
  }

  /**
   * Whether this unit of work's transaction may end with its append: the root unit of work of a
   * command, whose transaction the command bus began for it (commands are sent from requests and
   * jobs outside any transaction). Nothing writes after the append: it is the last handler of the
   * phase that prepares the commit, the outbox's rows and the idempotency key are written before
   * it, and what follows in the unit of work only commits the transaction, which finds it done.
   */
  private static boolean commitsWithAppend(UnitOfWork<?> unitOfWork) {
    return unitOfWork.isRoot() && unitOfWork.getMessage() instanceof CommandMessage<?>;
  }

  /**
   * On PostgreSQL a command's append carries its transaction's commit: Axon's insert of each event
   * and a {@code COMMIT} go to the database as one statement of several, which the server runs one
   * after the other without a round trip to this process. The append order lock is taken by the
   * first insert and held until that commit, so it is held for the inserts and the commit alone,
   * never while this process waits for a core to send the commit (on a saturated machine the lock's
   * holder did, and the appends queued behind it: the append statement's mean time under load was
   * 3.1 ms). A failed insert stops the statements before the commit, and the unit of work rolls the
   * transaction back as before. The transaction manager's own commit then finds no transaction open
   * and sends nothing (PostgreSQL's driver commits only an open one).
   */
  private void appendAndCommit(List<? extends EventMessage<?>> events, Serializer serializer) {
    try {
      Recorded inserts = Recorded.of(this, events, serializer);
      Connection connection = connections.getConnection();
      try (PreparedStatement statement = connection.prepareStatement(inserts.thenCommit())) {
        inserts.bind(statement);
        statement.execute();
      } finally {
        connection.close();
      }
    } catch (SQLException e) {
      handlePersistenceException(e, events.get(0));
      throw new EventStoreException("Cannot append the events", e);
    }
  }

  /** Axon's own insert of each event (its SQL and each row's parameters), recorded, not run. */
  private PreparedStatement axonsInserts(
      Connection recorder, List<? extends EventMessage<?>> events, Serializer serializer)
      throws SQLException {
    return super.appendEvents(recorder, events, serializer);
  }

  /** An implementation of {@code type} whose every call {@code handler} answers. */
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  /**
   * The insert Axon prepares for a batch of events and the parameters it sets for each, recorded
   * rather than sent, so that the events are inserted as Axon would insert them (its serialization,
   * its timestamp format) by statements of our own shape.
   */
  record Recorded(String insert, List<List<Call>> rows) {

    /** One parameter set: the setter Axon called and its arguments, the index first. */
    record Call(Method setter, Object[] args) {}

    static Recorded of(
        OrderedAppends store, List<? extends EventMessage<?>> events, Serializer serializer)
        throws SQLException {
      String[] sql = new String[1];
      List<List<Call>> rows = new ArrayList<>();
      List<Call> row = new ArrayList<>();
      PreparedStatement statement =
          proxy(
              PreparedStatement.class,
              (proxy, method, args) -> {
                String name = method.getName();
                if (name.startsWith("set") && args != null && args[0] instanceof Integer) {
                  row.add(new Call(method, args));
                  return null;
                }
                if (name.equals("addBatch") && args == null) {
                  rows.add(List.copyOf(row));
                  row.clear();
                  return null;
                }
                if (name.equals("close")) {
                  return null;
                }
                throw new UnsupportedOperationException("Not recorded: " + method);
              });
      Connection recorder =
          proxy(
              Connection.class,
              (proxy, method, args) -> {
                if (method.getName().equals("prepareStatement")
                    && args != null
                    && args.length == 1
                    && args[0] instanceof String text) {
                  sql[0] = text;
                  return statement;
                }
                throw new UnsupportedOperationException("Not recorded: " + method);
              });
      store.axonsInserts(recorder, events, serializer);
      if (sql[0] == null || rows.size() != events.size() || !row.isEmpty()) {
        throw new IllegalStateException("Axon's insert was not one row per event: " + sql[0]);
      }
      return new Recorded(sql[0], List.copyOf(rows));
    }

    /**
     * The first event's insert takes the lock; the others find it held; then the commit. One
     * statement each, so that each row's parameters keep the types Axon gave them.
     */
    String thenCommit() {
      StringBuilder sql = new StringBuilder(lockingInsert(insert));
      for (int i = 1; i < rows.size(); i++) {
        sql.append("; ").append(insert);
      }
      return sql.append("; COMMIT").toString();
    }

    void bind(PreparedStatement statement) throws SQLException {
      int offset = 0;
      for (List<Call> row : rows) {
        int width = 0;
        for (Call call : row) {
          Object[] args = call.args().clone();
          int index = (Integer) args[0];
          width = Math.max(width, index);
          args[0] = index + offset;
          try {
            call.setter().invoke(statement, args);
          } catch (ReflectiveOperationException e) {
            if (e.getCause() instanceof SQLException sqlException) {
              throw sqlException;
            }
            throw new IllegalStateException("Cannot set a parameter of the append", e);
          }
        }
        offset += width;
      }
    }
  }

  private void lockAppendOrder() {
    try {
      // The connection belongs to the unit of work's transaction; closing it here only hands it
      // back.
      Connection connection = connections.getConnection();
      try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
        lock.executeUpdate();
      } finally {
        connection.close();
      }
    } catch (SQLException e) {
      throw new EventStoreException("Cannot take the append order lock", e);
    }
  }

  /**
   * Whether the store is PostgreSQL, whose data-modifying CTE carries the lock into the insert; on
   * H2 (the embedded default, one process) the lock stays a statement of its own.
   */
  private boolean lockTravelsWithInsert() {
    Boolean known = lockWithInsert;
    if (known == null) {
      try {
        Connection connection = connections.getConnection();
        try {
          known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } finally {
          connection.close();
        }
      } catch (SQLException e) {
        throw new EventStoreException("Cannot tell which database holds the events", e);
      }
      lockWithInsert = known;
    }
    return known;
  }

  /** The connection, with each insert prepared on it rewritten to take the lock first. */
  private static Connection lockFirst(Connection connection) {
    return proxy(
        Connection.class,
        (proxy, method, args) -> {
          try {
            if (method.getName().equals("prepareStatement")
                && args != null
                && args.length == 1
                && args[0] instanceof String sql) {
              return connection.prepareStatement(lockingInsert(sql));
            }
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /**
   * {@code INSERT INTO t (columns) VALUES (values)} as {@code WITH lock AS (the lock RETURNING 1)
   * INSERT INTO t (columns) SELECT values FROM (SELECT 1) one LEFT JOIN lock ON TRUE}: the left
   * join appends as before should the lock's row be missing.
   */
  static String lockingInsert(String insert) {
    int values = insert.lastIndexOf(" VALUES (");
    if (!insert.startsWith("INSERT INTO ") || values < 0 || !insert.endsWith(")")) {
      throw new IllegalStateException("Not an insert of one row of values: " + insert);
    }
    return "WITH lock AS ("
        + LOCK
        + " RETURNING 1) "
        + insert.substring(0, values)
        + " SELECT "
        + insert.substring(values + " VALUES (".length(), insert.length() - 1)
        + " FROM (SELECT 1) one LEFT JOIN lock ON TRUE";
  }

  /**
   * A row of the global stream, read as Axon's engine reads it (its {@code getTrackedEventData},
   * 4.13), but for the instant it was recorded: the engine parsed it with its general parser to
   * tell whether the row is recent enough for a gap before it to still fill, 6.7 % of the three
   * processors' CPU in a rebuild; here it is parsed once, in the store's own form, and kept with
   * the row ({@link RecordedAt}).
   */
  @Override
  protected TrackedEventData<?> getTrackedEventData(
      ResultSet resultSet, GapAwareTrackingToken previousToken) throws SQLException {
    EventSchema schema = schema();
    long globalSequence = resultSet.getLong(schema.globalIndexColumn());
    String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
    String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
    String stored = resultSet.getString(schema.timestampColumn());
    GenericDomainEventEntry<?> row =
        new GenericDomainEventEntry<>(
            resultSet.getString(schema.typeColumn()),
            eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
            resultSet.getLong(schema.sequenceNumberColumn()),
            eventIdentifier,
            stored,
            resultSet.getString(schema.payloadTypeColumn()),
            resultSet.getString(schema.payloadRevisionColumn()),
            readPayload(resultSet, schema.payloadColumn()),
            readPayload(resultSet, schema.metaDataColumn()));
    Instant recordedAt = StoredInstants.parse(stored);
    boolean allowGaps = recordedAt.isAfter(GenericEventMessage.clock.instant().minus(gapTimeout));
    GapAwareTrackingToken token;
    if (previousToken == null) {
      token =
          GapAwareTrackingToken.newInstance(
              globalSequence,
              allowGaps
                  ? LongStream.range(
                          Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence), globalSequence)
                      .boxed()
                      .collect(Collectors.toCollection(TreeSet::new))
                  : Collections.emptySortedSet());
    } else {
      token = previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
    }
    return (TrackedEventData<?>)
        RecordedAt.tracked(new TrackedDomainEventData<>(token, row), recordedAt);
  }

  @Override
  protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
    return (DomainEventData<?>)
        RecordedAt.domain(
            super.getDomainEventData(resultSet), resultSet.getString(schema().timestampColumn()));
  }
}
