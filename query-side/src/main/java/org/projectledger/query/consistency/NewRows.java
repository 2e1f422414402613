package org.projectledger.query.consistency;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.PGConnection;

/**
 * Rows inserted once each, keyed by one column, that a batch may send to PostgreSQL as one {@code
 * COPY}: the audit trail's entries and the hash chain's links, one per event. On PostgreSQL a
 * {@code COPY} of a batch's rows costs the server about a third less than the same rows inserted
 * one statement each (parse, plan and executor start per row), and the client builds one text
 * instead of binding every parameter. A {@code COPY} has no guard against a row already there: it
 * fails on the key, the batch is rolled back, and its retry, careful, inserts each row with the
 * guarded statement ({@link #guarded}), which leaves a row already there alone.
 */
public final class NewRows {

  /** The table, its columns, and the index among them of the key that guards the insert. */
  public record Shape(String table, List<String> columns, int key) {

    public Shape {
      columns = List.copyOf(columns);
      if (key < 0 || key >= columns.size()) {
        throw new IllegalArgumentException("The key must be one of the columns: " + key);
      }
    }

    /** The insert of one row, left out when a row with the same key is there. */
    String guarded() {
      return GUARDED.computeIfAbsent(
          this,
          shape ->
              "INSERT INTO %s (%s) SELECT %s WHERE NOT EXISTS (SELECT 1 FROM %s WHERE %s = ?)"
                  .formatted(
                      table,
                      String.join(", ", columns),
                      String.join(", ", columns.stream().map(c -> "?").toList()),
                      table,
                      columns.get(key)));
    }

    /** The guarded insert's parameters: the row's values, then its key again. */
    Object[] guardedArgs(Object[] values) {
      if (values.length != columns.size()) {
        throw new IllegalArgumentException(
            "%d values for the %d columns of %s".formatted(values.length, columns.size(), table));
      }
      Object[] args = new Object[values.length + 1];
      System.arraycopy(values, 0, args, 0, values.length);
      args[values.length] = values[key];
      return args;
    }

    String copy() {
      return "COPY %s (%s) FROM STDIN".formatted(table, String.join(", ", columns));
    }
  }

  private static final Map<Shape, String> GUARDED = new ConcurrentHashMap<>();

  private NewRows() {}

  /** Whether {@code connection} can take a {@code COPY} (PostgreSQL's driver; not H2). */
  static boolean copies(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  /** Sends {@code rows} (each the values of {@code shape}'s columns) as one {@code COPY}. */
  static long copy(Connection connection, Shape shape, List<Object[]> rows) throws SQLException {
    StringBuilder text = new StringBuilder(rows.size() * 256);
    for (Object[] row : rows) {
      for (int column = 0; column < row.length; column++) {
        if (column > 0) {
          text.append('\t');
        }
        append(text, row[column]);
      }
      text.append('\n');
    }
    try {
      return connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              shape.copy(),
              new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new SQLException("COPY into " + shape.table() + " failed: " + e.getMessage(), e);
    }
  }

  /** One value in COPY's text format: {@code \N} for null, backslash escapes in text. */
  static void append(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof String string) {
      escape(text, string);
    } else if (value instanceof BigDecimal decimal) {
      text.append(decimal.toPlainString());
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof UUID
        || value instanceof OffsetDateTime
        || value instanceof LocalDate) {
      text.append(value);
    } else if (value instanceof Boolean bool) {
      text.append(bool ? 't' : 'f');
    } else {
      throw new IllegalArgumentException(
          "No COPY text for a " + value.getClass().getName() + ": " + value);
    }
  }

  private static void escape(StringBuilder text, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        default -> text.append(c);
      }
    }
  }
}
