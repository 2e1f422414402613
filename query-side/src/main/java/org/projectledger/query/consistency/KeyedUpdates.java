package org.projectledger.query.consistency;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An update of one row found by its key, that a batch may send to PostgreSQL as one statement over
 * arrays of values ({@code UPDATE ... FROM unnest(...)}) instead of one execution per row. In a
 * rebuild of 993,092 events the projects' versions (the last of each project in each batch) took
 * 6.4 s of the database's time as 553,541 executions; as one statement per batch, 5.1 s
 * (pg_stat_statements, bench/README.md), and the processor binds two arrays instead of 553 rows.
 *
 * <p>The columns set are assigned the new values, never computed from the old ones, so that in a
 * run of the same update only the last for each key decides the row: the run is sent as the last of
 * each key, which is also what lets a join update each row once. An update may be guarded so that a
 * column only grows (a version): the row is left alone where the new value is not greater.
 */
public final class KeyedUpdates implements ProjectionWrites.Bulk {

  /** A column and its SQL type, to which the text of its values is cast. */
  public record Column(String name, String type) {}

  private final String table;
  private final List<Column> set;
  private final List<Column> keys;
  private final int grows;
  private final String single;
  private final String joined;
  private final List<String> written;
  private final List<String> keyColumns;

  /**
   * Updates of {@code table} setting {@code set}, finding the row by {@code keys}; {@code
   * growsOnly}, if not null, names the column set that may only grow.
   */
  public KeyedUpdates(String table, List<Column> set, List<Column> keys, String growsOnly) {
    this.table = table;
    this.set = List.copyOf(set);
    this.keys = List.copyOf(keys);
    if (this.set.isEmpty() || this.keys.isEmpty()) {
      throw new IllegalArgumentException("An update sets a column and finds its row by a key");
    }
    this.grows =
        growsOnly == null ? -1 : this.set.stream().map(Column::name).toList().indexOf(growsOnly);
    if (growsOnly != null && grows < 0) {
      throw new IllegalArgumentException("Only a column set can be kept growing: " + growsOnly);
    }
    this.single = single(table);
    this.joined = joined(table);
    this.written = this.set.stream().map(Column::name).toList();
    this.keyColumns = this.keys.stream().map(Column::name).toList();
  }

  @Override
  public List<String> written() {
    return written;
  }

  @Override
  public List<String> keyColumns() {
    return keyColumns;
  }

  @Override
  public Object key(Object[] values, int i) {
    return values[set.size() + i];
  }

  /** The columns set, whose values come first in a row's values. */
  public List<Column> set() {
    return set;
  }

  /** The update of one row; its parameters are the values set, then the key's. */
  String single() {
    return single;
  }

  private String single(String table) {
    StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
    sql.append(String.join(", ", set.stream().map(c -> c.name() + " = ?").toList()));
    sql.append(" WHERE ");
    sql.append(String.join(" AND ", keys.stream().map(c -> c.name() + " = ?").toList()));
    if (grows >= 0) {
      sql.append(" AND ").append(set.get(grows).name()).append(" < ?");
    }
    return sql.toString();
  }

  /** The single update's parameters for {@code values} (the values set, then the key's). */
  Object[] singleArgs(Object[] values) {
    if (values.length != set.size() + keys.size()) {
      throw new IllegalArgumentException(
          "%d values for the %d columns set and %d of the key of %s"
              .formatted(values.length, set.size(), keys.size(), table));
    }
    if (grows < 0) {
      return values;
    }
    Object[] args = Arrays.copyOf(values, values.length + 1);
    args[values.length] = values[grows];
    return args;
  }

  /** The update of every row at once, from one array of text per column. */
  String joined() {
    return joined;
  }

  private String joined(String table) {
    List<Column> all = new ArrayList<>(set);
    all.addAll(keys);
    StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" t SET ");
    sql.append(
        String.join(
            ", ", set.stream().map(c -> c.name() + " = v." + c.name() + "::" + c.type()).toList()));
    sql.append(" FROM unnest(");
    sql.append(String.join(", ", all.stream().map(c -> "?::text[]").toList()));
    sql.append(") AS v(");
    sql.append(String.join(", ", all.stream().map(Column::name).toList()));
    sql.append(") WHERE ");
    sql.append(
        String.join(
            " AND ",
            keys.stream()
                .map(c -> "t." + c.name() + " = v." + c.name() + "::" + c.type())
                .toList()));
    if (grows >= 0) {
      Column growing = set.get(grows);
      sql.append(" AND t.")
          .append(growing.name())
          .append(" < v.")
          .append(growing.name())
          .append("::")
          .append(growing.type());
    }
    return sql.toString();
  }

  /**
   * Sends {@code rows} (each the values set, then the key's) as one statement; rows updated. Of the
   * rows with the same key the last is sent, or, where a column only grows, the one that sets it
   * highest: what the updates one by one would have left.
   */
  @Override
  public long send(Connection connection, List<Object[]> rows) throws SQLException {
    Map<List<Object>, Object[]> lastOfEachKey = new LinkedHashMap<>();
    for (Object[] row : rows) {
      lastOfEachKey.merge(
          Arrays.asList(row).subList(set.size(), row.length),
          row,
          (before, after) -> grows < 0 || greater(after[grows], before[grows]) ? after : before);
    }
    int columns = set.size() + keys.size();
    String[][] texts = new String[columns][lastOfEachKey.size()];
    int at = 0;
    for (Object[] row : lastOfEachKey.values()) {
      for (int column = 0; column < columns; column++) {
        texts[column][at] = text(row[column]);
      }
      at++;
    }
    try (PreparedStatement statement = connection.prepareStatement(joined)) {
      for (int column = 0; column < columns; column++) {
        Array array = connection.createArrayOf("text", texts[column]);
        statement.setArray(column + 1, array);
      }
      return statement.executeUpdate();
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean greater(Object value, Object than) {
    return than == null || (value != null && ((Comparable) value).compareTo(than) > 0);
  }

  /** A value as the text its column's type reads. */
  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.math.BigDecimal decimal) {
      return decimal.toPlainString();
    }
    return value.toString();
  }
}
