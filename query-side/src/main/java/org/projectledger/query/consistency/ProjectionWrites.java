package org.projectledger.query.consistency;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.axonframework.messaging.InterceptorChain;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the projections write. A processor handles a batch of events in one transaction, and a batch
 * runs in one of two ways:
 *
 * <ul>
 *   <li><b>Batched</b>, the usual way: the handlers' statements are kept and sent as JDBC batches
 *       just before the transaction commits, in the order they were made, with no savepoint per
 *       event. A rebuild then costs a few round trips per batch instead of several per event.
 *   <li><b>Careful</b>, after a batch of the processing group has failed: each handler runs in a
 *       savepoint and its statements are sent at once. On PostgreSQL a failed statement poisons the
 *       whole transaction, so without the savepoint Axon could not even park the failing event in
 *       its dead-letter queue; rolled back to the savepoint, the transaction goes on, the event is
 *       parked for its project, and the other events of the batch are kept.
 * </ul>
 *
 * A batched batch in which any handler failed (an exception, or a statement refused when the batch
 * is sent) is rolled back whole, even if the dead-letter queue took the event: the handler may have
 * made half its statements. Axon's processor then retries it, and the retry runs careful. The first
 * careful batch that commits turns the group back to batched.
 */
@Component
public class ProjectionWrites {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate nested;
  private final Set<String> careful = ConcurrentHashMap.newKeySet();
  private final ThreadLocal<Boolean> carefulHere = ThreadLocal.withInitial(() -> false);
  private volatile Boolean copies;
  private final int copyFrom;

  ProjectionWrites(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      @Value("${ledger.projections.copy-from:" + NewRows.COPY_FROM + "}") int copyFrom) {
    this.jdbc = jdbc;
    this.copyFrom = Math.max(2, copyFrom);
    this.nested = new TransactionTemplate(transactions);
    this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Runs one event handler of {@code group} (from its {@code @MessageHandlerInterceptor}). */
  public Object handle(String group, InterceptorChain chain) throws Exception {
    Batch batch = batch(group);
    if (batch == null || batch.careful) {
      return inSavepoint(chain);
    }
    try {
      return chain.proceed();
    } catch (Exception | Error e) {
      batch.failure = e;
      throw e;
    }
  }

  /**
   * Runs {@code work} with every batch it handles careful: for the retry of parked events, where a
   * failure must leave the event parked with its new cause rather than roll the retry back.
   */
  public <T> T carefully(Supplier<T> work) {
    carefulHere.set(true);
    try {
      return work.get();
    } finally {
      carefulHere.remove();
    }
  }

  /** An insert, update or delete, sent with the batch's others before it commits. */
  public void update(String sql, Object... args) {
    keep(new Statement(sql, args, null, null));
  }

  /**
   * An update of the row with a key ({@code values}: the values set, then the key's), sent with the
   * batch's others before it commits; on PostgreSQL a long run of the same is one statement.
   */
  public void update(KeyedUpdates update, Object... values) {
    keep(new Statement(update.single(), update.singleArgs(values), update, values));
  }

  /**
   * A row inserted once, keyed by its key's columns (see {@link NewRows}): in a batch on PostgreSQL
   * a run of them is one {@code COPY}; otherwise, and in a careful batch, the guarded insert that
   * leaves a row with the same key alone.
   */
  public void insertOnce(NewRows.Shape shape, Object... values) {
    keep(new Statement(shape.guarded(), shape.guardedArgs(values), shape, values));
  }

  /**
   * An update that only the last for its key matters for, sent after the batch's other statements:
   * for updates guarded so that their order does not matter (a version that only grows).
   */
  public void latest(KeyedUpdates update, Object... values) {
    Statement statement = new Statement(update.single(), update.singleArgs(values), update, values);
    Batch batch = current();
    if (batch == null || batch.careful) {
      jdbc.update(statement.sql(), statement.args());
    } else {
      batch.latest.put(
          List.of(
              statement.sql(), Arrays.asList(values).subList(update.set().size(), values.length)),
          statement);
    }
  }

  /** Sends {@code statement} at once outside a batch or in a careful one, else keeps it. */
  private void keep(Statement statement) {
    Batch batch = current();
    if (batch == null || batch.careful) {
      jdbc.update(statement.sql(), statement.args());
    } else {
      batch.statements.add(statement);
    }
  }

  /** Empties a projection's tables, for its {@code @ResetHandler}: at once, outside any batch. */
  public void clear(String... tables) {
    for (String table : tables) {
      jdbc.update("DELETE FROM " + table);
    }
  }

  /** Whether the store's connections take a COPY: asked once. */
  private boolean copies() {
    Boolean known = copies;
    if (known == null) {
      known = jdbc.execute((ConnectionCallback<Boolean>) NewRows::copies);
      copies = known;
    }
    return known;
  }

  private Batch current() {
    return TransactionSynchronizationManager.isSynchronizationActive()
        ? (Batch) TransactionSynchronizationManager.getResource(this)
        : null;
  }

  /** The batch of the current transaction, begun on its first event. */
  private Batch batch(String group) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Batch batch = current();
    if (batch == null) {
      batch = new Batch(group, careful.contains(group) || carefulHere.get());
      TransactionSynchronizationManager.bindResource(this, batch);
      TransactionSynchronizationManager.registerSynchronization(batch);
    }
    return batch;
  }

  private Object inSavepoint(InterceptorChain chain) throws Exception {
    try {
      return nested.execute(
          status -> {
            try {
              return chain.proceed();
            } catch (RuntimeException e) {
              throw e;
            } catch (Exception e) {
              throw new HandlerFailure(e);
            }
          });
    } catch (HandlerFailure failure) {
      throw (Exception) failure.getCause();
    }
  }

  /**
   * Rows that a run of the same statement may send to PostgreSQL at once: new rows as a {@code
   * COPY} ({@link NewRows}), updates by key as one statement over arrays ({@link KeyedUpdates}).
   */
  interface Bulk {
    /** Sends the rows' values; what the database counted. */
    long send(Connection connection, List<Object[]> rows) throws SQLException;

    /** The columns a statement writes: those an update sets, every column of a new row. */
    List<String> written();

    /** The columns of the key that finds a row (an update's) or guards it (a new row's). */
    List<String> keyColumns();

    /** The key's value in {@code values}, a row's values, at the key's {@code i}-th column. */
    Object key(Object[] values, int i);
  }

  /**
   * Whether the keyed update {@code update} may be sent before {@code other}, made before it on the
   * same table, with the same result: when {@code other} is an update that neither sets a column
   * {@code update} sets or finds its row by, nor finds its own row by a column {@code update} sets;
   * or when both find or guard their rows by the same columns and their keys differ (two rows, or a
   * row inserted and another updated). Anything else, and any statement without a key, stays in
   * front. Values of different classes count as the same key.
   */
  static boolean commute(Statement other, Statement update) {
    Bulk before = other.bulk();
    Bulk after = update.bulk();
    if (before == null) {
      return false;
    }
    if (before instanceof KeyedUpdates && apart(before, after)) {
      return true;
    }
    if (!before.keyColumns().equals(after.keyColumns())) {
      return false;
    }
    for (int i = 0; i < after.keyColumns().size(); i++) {
      Object one = before.key(other.values(), i);
      Object two = after.key(update.values(), i);
      if (one != null && two != null && one.getClass() == two.getClass() && !one.equals(two)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the update {@code before} neither sets a column the update {@code after} sets or finds
   * its row by, nor finds its row by a column {@code after} sets: the two commute on any rows.
   */
  private static boolean apart(Bulk before, Bulk after) {
    return disjoint(before.written(), after.written())
        && disjoint(before.written(), after.keyColumns())
        && disjoint(after.written(), before.keyColumns());
  }

  private static boolean disjoint(List<String> one, List<String> two) {
    for (String column : one) {
      if (two.contains(column)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A table's kept statements with each keyed update moved up to the last run of the same update
   * before it, wherever it {@linkplain #commute commutes} with every statement in between (a run of
   * another update is passed whole when its columns are apart). The project items' progress and
   * reschedules arrive interleaved with each other and with new items: in a rebuild of 1,115,748
   * events the items' progress went as 313,824 statements, grouped as 1,050 (bench/README.md).
   */
  static List<Statement> grouped(List<Statement> kept) {
    List<List<Statement>> runs = new ArrayList<>();
    Map<String, Integer> lastRun = new HashMap<>();
    for (Statement statement : kept) {
      Integer found = lastRun.get(statement.sql());
      if (found != null && statement.bulk() instanceof KeyedUpdates) {
        if (commutesWithAllAfter(runs, found, statement)) {
          runs.get(found).add(statement);
          continue;
        }
      } else if (found != null && found == runs.size() - 1) {
        runs.get(found).add(statement);
        continue;
      }
      List<Statement> run = new ArrayList<>(4);
      run.add(statement);
      runs.add(run);
      lastRun.put(statement.sql(), runs.size() - 1);
    }
    if (runs.size() == kept.size()) {
      return kept;
    }
    List<Statement> all = new ArrayList<>(kept.size());
    runs.forEach(all::addAll);
    return all;
  }

  private static boolean commutesWithAllAfter(
      List<List<Statement>> runs, int found, Statement update) {
    for (int i = found + 1; i < runs.size(); i++) {
      List<Statement> run = runs.get(i);
      Statement first = run.get(0);
      if (first.bulk() instanceof KeyedUpdates && apart(first.bulk(), update.bulk())) {
        continue;
      }
      for (Statement other : run) {
        if (!commute(other, update)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A kept statement; {@code bulk} and {@code values} for a row that may go with others at once.
   */
  record Statement(String sql, Object[] args, Bulk bulk, Object[] values) {}

  private final class Batch implements TransactionSynchronization {

    private final String group;
    private final boolean careful;
    private final List<Statement> statements = new ArrayList<>();
    private final Map<List<Object>, Statement> latest = new LinkedHashMap<>();
    private Throwable failure;

    Batch(String group, boolean careful) {
      this.group = group;
      this.careful = careful;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      if (failure != null) {
        throw new BatchFailed(group, failure);
      }
      send();
      statements.addAll(latest.values());
      latest.clear();
      send();
    }

    /**
     * The kept statements, in as few round trips as their order allows. Statements on different
     * tables commute (the read models have no foreign keys or triggers), so they are sent table by
     * table, each table's own in the order they were made, a run of the same statement as one JDBC
     * batch. A statement that reads another table (an insert from a select) is sent alone, once the
     * kept statements on every table it writes or reads have gone before it; the other tables' keep
     * waiting, since it does not touch them. A statement whose tables cannot be told sends
     * everything before it. Without this a batch of mixed events alternated between tables, and
     * nearly every statement was a round trip of its own.
     */
    void send() {
      Map<String, List<Statement>> byTable = new LinkedHashMap<>();
      for (Statement statement : statements) {
        Tables.Touched touched = Tables.of(statement.sql());
        if (touched.alone()) {
          byTable.computeIfAbsent(touched.written(), t -> new ArrayList<>()).add(statement);
        } else {
          sendTouched(byTable, touched);
          sendRuns(List.of(statement));
        }
      }
      sendTouched(byTable, null);
      statements.clear();
    }

    /** Sends the kept statements of every table {@code touched} touches (of all, when null). */
    private void sendTouched(Map<String, List<Statement>> byTable, Tables.Touched touched) {
      Iterator<Map.Entry<String, List<Statement>>> tables = byTable.entrySet().iterator();
      while (tables.hasNext()) {
        Map.Entry<String, List<Statement>> table = tables.next();
        if (touched == null || touched.touches(table.getKey())) {
          sendRuns(grouped(table.getValue()));
          tables.remove();
        }
      }
    }

    /**
     * Each run of the same statement as one JDBC batch, in the order they were made; a long run of
     * new rows as one COPY where the connection takes it.
     */
    private void sendRuns(List<Statement> kept) {
      int from = 0;
      while (from < kept.size()) {
        String sql = kept.get(from).sql();
        int to = from + 1;
        while (to < kept.size() && Objects.equals(kept.get(to).sql(), sql)) {
          to++;
        }
        List<Statement> run = kept.subList(from, to);
        Bulk bulk = run.get(0).bulk();
        if (bulk != null && run.size() >= copyFrom && copies()) {
          List<Object[]> rows = run.stream().map(Statement::values).toList();
          jdbc.execute((ConnectionCallback<Long>) c -> bulk.send(c, rows));
        } else if (run.size() == 1) {
          jdbc.update(sql, run.get(0).args());
        } else {
          jdbc.batchUpdate(sql, run.stream().map(Statement::args).toList());
        }
        from = to;
      }
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(ProjectionWrites.this);
      if (status == STATUS_COMMITTED) {
        ProjectionWrites.this.careful.remove(group);
      } else {
        ProjectionWrites.this.careful.add(group);
      }
    }
  }

  /** Rolls back a batched batch in which a handler failed, so that it is retried careful. */
  static final class BatchFailed extends RuntimeException {
    BatchFailed(String group, Throwable cause) {
      super(
          "A handler of "
              + group
              + " failed in a batch without savepoints; the batch is rolled back and retried"
              + " with one savepoint per event",
          cause);
    }
  }

  private static final class HandlerFailure extends RuntimeException {
    HandlerFailure(Exception cause) {
      super(cause);
    }
  }
}
