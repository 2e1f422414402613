package org.projectledger.query.consistency;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Rows inserted once each, keyed by their key's columns, that a batch may send to PostgreSQL as one
 * {@code COPY}: the audit trail's entries and the hash chain's links, one per event, and the rows
 * that events add to the project tables (costs, progress reports, plan and baseline items). On
 * PostgreSQL a {@code COPY} of a batch's rows costs the server about a third less than the same
 * rows inserted one statement each (parse, plan and executor start per row), and the client builds
 * one text instead of binding every parameter. A {@code COPY} has no guard against a row already
 * there: it fails on the key, the batch is rolled back, and its retry, careful, inserts each row
 * with the guarded statement ({@link #guarded}), which leaves a row already there alone.
 */
public final class NewRows {

  /**
   * The fewest rows sent as a {@code COPY}; fewer go as one JDBC batch of guarded inserts. A {@code
   * COPY} takes two trips to the server where a batch takes one, and it pays off only in bulk:
   * while the service is written to, a processor's batch holds a few events, and its {@code COPY}
   * took 1.1 ms of statement time for 4.6 audit rows (pg_stat_statements, 8 clients writing)
   * against 49 µs for a single row's insert. A rebuild's batches hold a thousand. The setting
   * {@code ledger.projections.copy-from} changes it (tests send their few rows as a {@code COPY}).
   */
  static final int COPY_FROM = 100;

  /**
   * The table, its columns, and the indexes among them of the key that guards the insert: one
   * column (an audit entry's global position), or several (a cost's project and cost id). Its
   * statements are made once, when it is: a record made them at every row, and hashing its columns
   * to find them again was 2 % of the audit trail's processor in a rebuild.
   */
  public static final class Shape implements ProjectionWrites.Bulk {

    private final String table;
    private final List<String> columns;
    private final List<Integer> keys;
    private final String guarded;
    private final String copy;
    private final List<String> keyColumns;

    public Shape(String table, List<String> columns, List<Integer> keys) {
      this.table = table;
      this.columns = List.copyOf(columns);
      this.keys = List.copyOf(keys);
      if (this.keys.isEmpty()) {
        throw new IllegalArgumentException("A row kept once needs a key");
      }
      for (int key : this.keys) {
        if (key < 0 || key >= this.columns.size()) {
          throw new IllegalArgumentException("The key must be among the columns: " + keys);
        }
      }
      this.guarded =
          "INSERT INTO %s (%s) SELECT %s WHERE NOT EXISTS (SELECT 1 FROM %s WHERE %s)"
              .formatted(
                  table,
                  String.join(", ", this.columns),
                  String.join(", ", this.columns.stream().map(c -> "?").toList()),
                  table,
                  String.join(
                      " AND ", this.keys.stream().map(k -> this.columns.get(k) + " = ?").toList()));
      this.copy = "COPY %s (%s) FROM STDIN".formatted(table, String.join(", ", this.columns));
      this.keyColumns = this.keys.stream().map(this.columns::get).toList();
    }

    @Override
    public List<String> written() {
      return columns;
    }

    @Override
    public List<String> keyColumns() {
      return keyColumns;
    }

    @Override
    public Object key(Object[] values, int i) {
      return values[keys.get(i)];
    }

    /** A row keyed by one of its columns. */
    public Shape(String table, List<String> columns, int key) {
      this(table, columns, List.of(key));
    }

    /** A row keyed by the columns named {@code keys}. */
    public static Shape keyedBy(String table, List<String> columns, String... keys) {
      return new Shape(table, columns, Arrays.stream(keys).map(columns::indexOf).toList());
    }

    public String table() {
      return table;
    }

    /** The insert of one row, left out when a row with the same key is there. */
    String guarded() {
      return guarded;
    }

    /** The guarded insert's parameters: the row's values, then its key's again. */
    Object[] guardedArgs(Object[] values) {
      if (values.length != columns.size()) {
        throw new IllegalArgumentException(
            "%d values for the %d columns of %s".formatted(values.length, columns.size(), table));
      }
      Object[] args = Arrays.copyOf(values, values.length + keys.size());
      for (int i = 0; i < keys.size(); i++) {
        args[values.length + i] = values[keys.get(i)];
      }
      return args;
    }

    @Override
    public long send(Connection connection, List<Object[]> rows) throws SQLException {
      return NewRows.copy(connection, this, rows);
    }

    String copy() {
      return copy;
    }
  }

  private NewRows() {}

  /** Whether {@code connection} can take a {@code COPY} (PostgreSQL's driver; not H2). */
  static boolean copies(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  /** Sends {@code rows} (each the values of {@code shape}'s columns) as one {@code COPY}. */
  static long copy(Connection connection, Shape shape, List<Object[]> rows) throws SQLException {
    Text text = new Text(rows.size() * 512);
    for (Object[] row : rows) {
      for (int column = 0; column < row.length; column++) {
        if (column > 0) {
          text.add((byte) '\t');
        }
        text.add(row[column]);
      }
      text.add((byte) '\n');
    }
    try {
      return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(shape.copy(), text.stream());
    } catch (java.io.IOException e) {
      throw new SQLException("COPY into " + shape.table() + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * The text a {@code COPY} reads, built as UTF-8 bytes: each value written once, as {@code COPY}'s
   * text format has it ({@code \N} for null, backslash escapes in text). A text without a character
   * to escape (nearly every one) is copied whole.
   */
  static final class Text {

    private byte[] bytes;
    private int size;

    Text(int capacity) {
      bytes = new byte[Math.max(capacity, 64)];
    }

    void add(Object value) {
      if (value == null) {
        add((byte) '\\');
        add((byte) 'N');
      } else if (value instanceof String string) {
        add((needsEscape(string) ? escaped(string) : string).getBytes(StandardCharsets.UTF_8));
      } else if (value instanceof BigDecimal decimal) {
        add(decimal.toPlainString().getBytes(StandardCharsets.US_ASCII));
      } else if (value instanceof OffsetDateTime instant && instant(instant)) {
        return;
      } else if (value instanceof LocalDate date && date(date)) {
        return;
      } else if (value instanceof Long
          || value instanceof Integer
          || value instanceof UUID
          || value instanceof OffsetDateTime
          || value instanceof LocalDate) {
        add(value.toString().getBytes(StandardCharsets.US_ASCII));
      } else if (value instanceof Boolean bool) {
        add((byte) (bool ? 't' : 'f'));
      } else {
        throw new IllegalArgumentException(
            "No COPY text for a " + value.getClass().getName() + ": " + value);
      }
    }

    void add(byte b) {
      room(1);
      bytes[size++] = b;
    }

    /**
     * A date of years 0–9999 as {@code toString} writes it, digit by digit: the audit trail's
     * instants' {@code toString} alone was 14 % of the time its {@code COPY} text took in a rebuild
     * (bench/README.md); costs, progress reports and plan items carry dates too.
     */
    private boolean date(LocalDate date) {
      int year = date.getYear();
      if (year < 0 || year > 9999) {
        return false;
      }
      room(10);
      digits(year, 4);
      bytes[size++] = '-';
      digits(date.getMonthValue(), 2);
      bytes[size++] = '-';
      digits(date.getDayOfMonth(), 2);
      return true;
    }

    /** A UTC instant as {@code toString} writes it: seconds and fraction only when not zero. */
    private boolean instant(OffsetDateTime instant) {
      if (!instant.getOffset().equals(ZoneOffset.UTC) || !date(instant.toLocalDate())) {
        return false;
      }
      room(20);
      bytes[size++] = 'T';
      digits(instant.getHour(), 2);
      bytes[size++] = ':';
      digits(instant.getMinute(), 2);
      int second = instant.getSecond();
      int nano = instant.getNano();
      if (second > 0 || nano > 0) {
        bytes[size++] = ':';
        digits(second, 2);
        if (nano > 0) {
          bytes[size++] = '.';
          if (nano % 1_000_000 == 0) {
            digits(nano / 1_000_000, 3);
          } else if (nano % 1_000 == 0) {
            digits(nano / 1_000, 6);
          } else {
            digits(nano, 9);
          }
        }
      }
      bytes[size++] = 'Z';
      return true;
    }

    /** {@code value} in {@code width} digits, zeros in front; room made by the caller. */
    private void digits(int value, int width) {
      for (int i = width - 1; i >= 0; i--) {
        bytes[size + i] = (byte) ('0' + value % 10);
        value /= 10;
      }
      size += width;
    }

    private void add(byte[] more) {
      room(more.length);
      System.arraycopy(more, 0, bytes, size, more.length);
      size += more.length;
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    InputStream stream() {
      return new ByteArrayInputStream(bytes, 0, size);
    }

    @Override
    public String toString() {
      return new String(bytes, 0, size, StandardCharsets.UTF_8);
    }

    /**
     * Whether the text holds a character COPY escapes. Four searches, each the JDK's vectorized
     * {@code indexOf}: a loop over every character was 5 % of the service's CPU in a rebuild (the
     * audit trail's summaries and changes), nearly all of it for text with nothing to escape.
     */
    private static boolean needsEscape(String value) {
      return value.indexOf('\\') >= 0
          || value.indexOf('\n') >= 0
          || value.indexOf('\r') >= 0
          || value.indexOf('\t') >= 0;
    }

    private static String escaped(String value) {
      StringBuilder text = new StringBuilder(value.length() + 16);
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
      return text.toString();
    }
  }
}
