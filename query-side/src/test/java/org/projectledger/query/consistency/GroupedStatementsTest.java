package org.projectledger.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.query.consistency.ProjectionWrites.Statement;

/**
 * A table's kept statements, regrouped so that each keyed update joins the last run of the same
 * update before it where it commutes with everything in between, leave the table as the statements
 * in the order they were made.
 */
class GroupedStatementsTest {

  private static final List<KeyedUpdates.Column> KEY =
      List.of(new KeyedUpdates.Column("k", "uuid"), new KeyedUpdates.Column("j", "integer"));

  private static final NewRows.Shape NEW =
      NewRows.Shape.keyedBy("item", List.of("k", "j", "pct", "d", "v"), "k", "j");

  private static final KeyedUpdates PERCENT =
      new KeyedUpdates("item", List.of(new KeyedUpdates.Column("pct", "integer")), KEY, null);

  private static final KeyedUpdates DATES =
      new KeyedUpdates("item", List.of(new KeyedUpdates.Column("d", "date")), KEY, null);

  /** Sets a column the two others set too: it commutes with them only on another row. */
  private static final KeyedUpdates BOTH =
      new KeyedUpdates(
          "item",
          List.of(new KeyedUpdates.Column("pct", "integer"), new KeyedUpdates.Column("d", "date")),
          KEY,
          null);

  private static final KeyedUpdates VERSION =
      new KeyedUpdates("item", List.of(new KeyedUpdates.Column("v", "bigint")), KEY, "v");

  private static final String PLAIN = "UPDATE item SET pct = pct + 1 WHERE k = ? AND j = ?";

  @Test
  void anUpdateJoinsItsRunOnlyPastWhatItCommutesWith() {
    UUID a = UUID.randomUUID();
    UUID b = UUID.randomUUID();
    Statement newA = insert(a, 0);
    Statement percentB = update(PERCENT, 10, b, 0);
    Statement datesA = update(DATES, LocalDate.of(2026, 3, 1), a, 0);
    Statement percentA = update(PERCENT, 20, a, 0);
    Statement newB1 = insert(b, 1);
    Statement percentB1 = update(PERCENT, 30, b, 1);
    Statement plain = new Statement(PLAIN, new Object[] {a, 0}, null, null);
    Statement percentA2 = update(PERCENT, 40, a, 0);
    Statement bothB = update(BOTH, 50, LocalDate.of(2026, 4, 1), b, 0);
    Statement datesB = update(DATES, LocalDate.of(2026, 5, 1), b, 0);

    List<Statement> grouped =
        ProjectionWrites.grouped(
            List.of(
                newA, percentB, datesA, percentA, newB1, percentB1, plain, percentA2, bothB,
                datesB));

    // percentA passes datesA (another column) and joins percentB; percentB1 cannot pass the new
    // row it updates; nothing passes the plain update; datesB cannot pass bothB (same row, d).
    assertThat(grouped)
        .containsExactly(
            newA, percentB, percentA, datesA, newB1, percentB1, plain, percentA2, bothB, datesB);
  }

  @Test
  void regroupedStatementsLeaveWhatTheStatementsInTheirOrderLeave() throws Exception {
    TestPostgres server = TestPostgres.server();
    Random random = new Random(20261129);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ids.add(UUID.randomUUID());
    }
    try (Connection inOrder = server.connect(server.createDatabase());
        Connection regrouped = server.connect(server.createDatabase())) {
      for (Connection connection : List.of(inOrder, regrouped)) {
        connection
            .createStatement()
            .execute(
                "CREATE TABLE item (k uuid, j integer, pct integer, d date, v bigint,"
                    + " PRIMARY KEY (k, j))");
      }
      int runsBefore = 0;
      int runsAfter = 0;
      for (int round = 0; round < 40; round++) {
        List<Statement> kept = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
          UUID k = ids.get(random.nextInt(ids.size()));
          int j = random.nextInt(2);
          LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(200));
          int percent = random.nextInt(101);
          kept.add(
              switch (random.nextInt(12)) {
                case 0, 1 -> insert(k, j);
                case 2, 3, 4 -> update(PERCENT, percent, k, j);
                case 5, 6, 7 -> update(DATES, day, k, j);
                case 8 -> update(BOTH, percent, day, k, j);
                case 9, 10 -> update(VERSION, (long) random.nextInt(50), k, j);
                default -> new Statement(PLAIN, new Object[] {k, j}, null, null);
              });
        }
        List<Statement> grouped = ProjectionWrites.grouped(kept);
        assertThat(grouped).containsExactlyInAnyOrderElementsOf(kept);
        runsBefore += runs(kept);
        runsAfter += runs(grouped);
        execute(inOrder, kept);
        execute(regrouped, grouped);
        assertThat(rows(regrouped)).isEqualTo(rows(inOrder));
      }
      assertThat(rows(inOrder)).hasSizeGreaterThan(6);
      assertThat(runsAfter).isLessThan(runsBefore * 3 / 4);
    }
  }

  private static Statement insert(UUID k, int j) {
    Object[] values = {k, j, 0, null, 0L};
    return new Statement(NEW.guarded(), NEW.guardedArgs(values), NEW, values);
  }

  private static Statement update(KeyedUpdates update, Object... values) {
    return new Statement(update.single(), update.singleArgs(values), update, values);
  }

  private static int runs(List<Statement> statements) {
    int runs = 0;
    for (int i = 0; i < statements.size(); i++) {
      if (i == 0 || !statements.get(i).sql().equals(statements.get(i - 1).sql())) {
        runs++;
      }
    }
    return runs;
  }

  private static void execute(Connection connection, List<Statement> statements) throws Exception {
    for (Statement statement : statements) {
      try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
        for (int i = 0; i < statement.args().length; i++) {
          prepared.setObject(i + 1, statement.args()[i]);
        }
        prepared.executeUpdate();
      }
    }
  }

  private static Map<String, String> rows(Connection connection) throws Exception {
    Map<String, String> rows = new TreeMap<>();
    try (var result =
        connection.createStatement().executeQuery("SELECT k, j, pct, d, v FROM item")) {
      while (result.next()) {
        rows.put(
            result.getString(1) + "/" + result.getInt(2),
            result.getString(3) + "|" + result.getString(4) + "|" + result.getString(5));
      }
    }
    return rows;
  }
}
