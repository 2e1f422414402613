package org.projectledger.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectledger.platform.testing.TestPostgres;

class KeyedUpdatesTest {

  private static final List<KeyedUpdates.Column> KEY =
      List.of(new KeyedUpdates.Column("k", "uuid"), new KeyedUpdates.Column("j", "integer"));

  private static final KeyedUpdates DATES =
      new KeyedUpdates(
          "item",
          List.of(new KeyedUpdates.Column("d", "date"), new KeyedUpdates.Column("note", "text")),
          KEY,
          null);

  private static final KeyedUpdates VERSION =
      new KeyedUpdates("item", List.of(new KeyedUpdates.Column("v", "bigint")), KEY, "v");

  @Test
  void oneRowIsOneUpdateByItsKeyAndAGrowingColumnIsGuarded() {
    assertThat(DATES.single()).isEqualTo("UPDATE item SET d = ?, note = ? WHERE k = ? AND j = ?");
    assertThat(VERSION.single()).isEqualTo("UPDATE item SET v = ? WHERE k = ? AND j = ? AND v < ?");
    UUID k = UUID.randomUUID();
    assertThat(VERSION.singleArgs(new Object[] {7L, k, 1})).containsExactly(7L, k, 1, 7L);
    assertThat(Tables.of(VERSION.single()).alone()).isTrue();
    assertThat(VERSION.joined())
        .isEqualTo(
            "UPDATE item t SET v = v.v::bigint FROM unnest(?::text[], ?::text[], ?::text[])"
                + " AS v(v, k, j) WHERE t.k = v.k::uuid AND t.j = v.j::integer"
                + " AND t.v < v.v::bigint");
    assertThatThrownBy(() -> VERSION.singleArgs(new Object[] {7L, k}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new KeyedUpdates("item", List.of(new KeyedUpdates.Column("v", "bigint")), KEY, "w"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A run sent at once leaves every row as the same updates one by one do: repeated keys, values
   * that need quoting in an array's text, nulls, and a version arriving out of order.
   */
  @Test
  void aRunSentAtOnceLeavesWhatTheUpdatesOneByOneLeave() throws Exception {
    TestPostgres server = TestPostgres.server();
    String url = server.createDatabase();
    Random random = new Random(42);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ids.add(UUID.randomUUID());
    }
    List<Object[]> dates = new ArrayList<>();
    List<Object[]> versions = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      UUID k = ids.get(random.nextInt(ids.size()));
      int j = random.nextInt(3);
      String note =
          switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> "a \"quoted\", {braced} note\\ with a comma";
            case 2 -> "NULL";
            default -> "note " + i;
          };
      dates.add(new Object[] {LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)), note, k, j});
      versions.add(new Object[] {(long) random.nextInt(1000), k, j});
    }
    try (Connection oneByOne = server.connect(url);
        Connection atOnce = server.connect(server.createDatabase())) {
      for (Connection connection : List.of(oneByOne, atOnce)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(
              "CREATE TABLE item (k uuid, j integer, d date, note text, v bigint NOT NULL,"
                  + " PRIMARY KEY (k, j))");
        }
        try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO item (k, j, v) VALUES (?, ?, 500)")) {
          for (UUID id : ids) {
            for (int j = 0; j < 3; j++) {
              insert.setObject(1, id);
              insert.setInt(2, j);
              insert.addBatch();
            }
          }
          insert.executeBatch();
        }
      }
      for (KeyedUpdates update : List.of(DATES, VERSION)) {
        List<Object[]> rows = update == DATES ? dates : versions;
        try (PreparedStatement single = oneByOne.prepareStatement(update.single())) {
          for (Object[] row : rows) {
            Object[] args = update.singleArgs(row);
            for (int i = 0; i < args.length; i++) {
              single.setObject(i + 1, args[i]);
            }
            single.executeUpdate();
          }
        }
        assertThat(update.send(atOnce, rows)).isPositive();
      }
      assertThat(rows(atOnce)).isEqualTo(rows(oneByOne)).hasSize(60);
    }
  }

  private static Map<String, String> rows(Connection connection) throws Exception {
    Map<String, String> rows = new TreeMap<>();
    try (Statement statement = connection.createStatement();
        var result = statement.executeQuery("SELECT k, j, d, note, v FROM item")) {
      while (result.next()) {
        rows.put(
            result.getString(1) + "/" + result.getInt(2),
            result.getString(3) + "|" + result.getString(4) + "|" + result.getLong(5));
      }
    }
    return rows;
  }
}
