package org.projectledger.query.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.projectledger.api.portfolio.PortfolioRow;
import org.projectledger.platform.web.InvalidRequest;

/**
 * How the portfolio is ordered and cut into pages, on the server: each sort key a client may name,
 * the SQL expression behind it (over {@code portfolio_project p} and {@code portfolio_figures f})
 * and the same value read from a row, for the portfolio as of an instant, which is folded rather
 * than read from the tables. Every order ends with the project's code and id, so that it is total
 * and a page can start after the last row of the one before (keyset paging: a page costs its own
 * rows at any depth). A figure that is not there yet (no work planned, no status report) comes last
 * in either direction.
 */
final class PortfolioOrder {

  /** What a key's values are, for the cursor's values and their comparison. */
  enum Type {
    TEXT,
    DATE,
    NUMBER
  }

  /** One sort key: its SQL expression, whether it needs the day's figures, its value in a row. */
  record Key(
      String name,
      String expression,
      Type type,
      boolean figure,
      Function<PortfolioRow, Object> value) {}

  /** The number of a row's exceptions: a tolerance breached, change requests waiting, a red RAG. */
  static final String EXCEPTIONS =
      "(CASE WHEN f.project_id IS NULL THEN NULL ELSE"
          + " CASE WHEN f.within_tolerance THEN 0 ELSE 1 END"
          + " + CASE WHEN f.open_change_requests > 0 THEN 1 ELSE 0 END"
          + " + CASE WHEN f.rag = 'RED' THEN 1 ELSE 0 END END)";

  static final Map<String, Key> KEYS = keys();

  private static Map<String, Key> keys() {
    Map<String, Key> keys = new LinkedHashMap<>();
    List.of(
            new Key("code", "p.code", Type.TEXT, false, PortfolioRow::code),
            new Key("name", "p.name", Type.TEXT, false, PortfolioRow::name),
            new Key("state", "p.state", Type.TEXT, false, row -> row.state().name()),
            new Key(
                "plannedStart", "p.planned_start", Type.DATE, false, PortfolioRow::plannedStart),
            new Key(
                "plannedFinish", "p.planned_finish", Type.DATE, false, PortfolioRow::plannedFinish),
            new Key("manager", "p.manager", Type.TEXT, false, PortfolioRow::manager),
            new Key("sponsor", "p.sponsor", Type.TEXT, false, PortfolioRow::sponsor),
            // RAG by severity: green, amber, red.
            new Key(
                "rag",
                "(CASE f.rag WHEN 'GREEN' THEN 1 WHEN 'AMBER' THEN 2 WHEN 'RED' THEN 3 END)",
                Type.NUMBER,
                true,
                row -> ragSeverity(row.rag())),
            new Key("bac", "f.bac", Type.NUMBER, true, PortfolioRow::bac),
            new Key("ac", "f.ac", Type.NUMBER, true, PortfolioRow::ac),
            new Key("eac", "f.eac", Type.NUMBER, true, PortfolioRow::eac),
            new Key("cpi", "f.cpi", Type.NUMBER, true, PortfolioRow::cpi),
            new Key("spi", "f.spi", Type.NUMBER, true, PortfolioRow::spi),
            new Key(
                "nextMilestoneDue",
                "f.next_milestone_due",
                Type.DATE,
                true,
                PortfolioRow::nextMilestoneDue),
            new Key(
                "openChangeRequests",
                "f.open_change_requests",
                Type.NUMBER,
                true,
                row -> BigDecimal.valueOf(row.openChangeRequests())),
            new Key(
                "exceptions",
                EXCEPTIONS,
                Type.NUMBER,
                true,
                row -> BigDecimal.valueOf(exceptions(row))))
        .forEach(key -> keys.put(key.name(), key));
    return java.util.Collections.unmodifiableMap(keys);
  }

  /** The names a client may sort by, in the order they are documented. */
  static final List<String> NAMES = List.copyOf(KEYS.keySet());

  /** A row's exceptions, counted as {@link #EXCEPTIONS} counts them. */
  static int exceptions(PortfolioRow row) {
    return (row.withinTolerance() ? 0 : 1)
        + (row.openChangeRequests() > 0 ? 1 : 0)
        + ("RED".equals(row.rag()) ? 1 : 0);
  }

  private static BigDecimal ragSeverity(String rag) {
    return rag == null
        ? null
        : switch (rag) {
          case "GREEN" -> BigDecimal.ONE;
          case "AMBER" -> BigDecimal.valueOf(2);
          case "RED" -> BigDecimal.valueOf(3);
          default -> null;
        };
  }

  private final Key key;
  private final boolean descending;

  private PortfolioOrder(Key key, boolean descending) {
    this.key = key;
    this.descending = descending;
  }

  /** The order {@code sort} names: a key, optionally followed by {@code ,asc} or {@code ,desc}. */
  static PortfolioOrder of(String sort) {
    String[] parts = sort.split(",", 2);
    Key key = KEYS.get(parts[0]);
    if (key == null || (parts.length > 1 && !parts[1].matches("(?i)asc|desc"))) {
      throw new InvalidRequest(
          "sort",
          "must be one of " + String.join(", ", NAMES) + ", optionally followed by ,asc or ,desc");
    }
    return new PortfolioOrder(key, parts.length > 1 && parts[1].equalsIgnoreCase("desc"));
  }

  Key key() {
    return key;
  }

  boolean descending() {
    return descending;
  }

  /** Whether the order needs every project's figures of the day. */
  boolean needsFigures() {
    return key.figure();
  }

  /** {@code ORDER BY} for the tables: the key (figures last), then code and id. */
  String orderBy() {
    return key.expression()
        + (descending ? " DESC" : " ASC")
        + " NULLS LAST, p.code ASC, p.project_id ASC";
  }

  /** The same order over rows, for the portfolio as of an instant. */
  Comparator<PortfolioRow> comparator() {
    Comparator<Object> values = (a, b) -> compare(a, b);
    Comparator<Object> directed = descending ? values.reversed() : values;
    return Comparator.<PortfolioRow, Object>comparing(key.value(), Comparator.nullsLast(directed))
        .thenComparing(PortfolioRow::code)
        .thenComparing(PortfolioRow::projectId);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    return ((Comparable) a).compareTo(b);
  }

  /**
   * Where a page starts: the rows after {@code after} in this order, as an SQL condition with its
   * arguments; no condition for the first page.
   */
  Condition after(Cursor after) {
    if (after == null) {
      return new Condition("TRUE", List.of());
    }
    if (!key.figure() && !descending && after.value() != null) {
      // A charter column is there for every project: one row comparison, which the column's index
      // answers from where the cursor stands (the form below reads every row before it: 12 ms
      // instead of 0.2 ms for a page deep in 23,000 projects).
      return new Condition(
          "(" + key.expression() + ", p.code, p.project_id) > (" + cast() + ", ?, ?)",
          List.of(after.typedValue(key.type()), after.code(), after.projectId()));
    }
    List<Object> arguments = new ArrayList<>();
    // Code, then id: both always there, ascending.
    String ties = "(p.code > ? OR (p.code = ? AND p.project_id > ?))";
    String sql;
    if (after.value() == null) {
      // After a row without the figure: only rows without it remain.
      sql = "(" + key.expression() + " IS NULL AND " + ties + ")";
    } else {
      String beyond = descending ? " < " : " > ";
      String cast = cast();
      sql =
          "("
              + key.expression()
              + beyond
              + cast
              + " OR "
              + key.expression()
              + " IS NULL OR ("
              + key.expression()
              + " = "
              + cast
              + " AND "
              + ties
              + "))";
      arguments.add(after.typedValue(key.type()));
      arguments.add(after.typedValue(key.type()));
    }
    arguments.add(after.code());
    arguments.add(after.code());
    arguments.add(after.projectId());
    return new Condition(sql, arguments);
  }

  private String cast() {
    return switch (key.type()) {
      case TEXT -> "?";
      case DATE -> "CAST(? AS DATE)";
      case NUMBER -> "CAST(? AS NUMERIC)";
    };
  }

  /** An SQL condition and its arguments, in order. */
  record Condition(String sql, List<Object> arguments) {}

  /** The cursor that starts the page after {@code last}. */
  String cursorAfter(PortfolioRow last) {
    Object value = key.value().apply(last);
    return new Cursor(
            key.name(),
            descending,
            value == null ? null : value.toString(),
            last.code(),
            last.projectId())
        .encoded();
  }

  /** The cursor a client sent back, which must belong to this order. */
  Cursor read(String cursor) {
    Cursor read = Cursor.decode(cursor);
    if (!read.sort().equals(key.name()) || read.descending() != descending) {
      throw new InvalidRequest(
          "cursor", "belongs to another sort; start again from the first page of this one");
    }
    return read;
  }

  /**
   * A position in an order: the sort key and direction it belongs to, and the last row's value,
   * code and id. Opaque to clients (Base64 of JSON).
   */
  record Cursor(String sort, boolean descending, String value, String code, UUID projectId) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String encoded() {
      try {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("A cursor is five plain fields", e);
      }
    }

    static Cursor decode(String cursor) {
      try {
        Cursor read =
            JSON.readValue(
                new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8),
                Cursor.class);
        if (read.sort() == null || read.code() == null || read.projectId() == null) {
          throw new IllegalArgumentException("incomplete");
        }
        return read;
      } catch (IllegalArgumentException | JsonProcessingException e) {
        throw new InvalidRequest(
            "cursor", "is not a cursor this service gave; use nextCursor from the page before");
      }
    }

    Object typedValue(Type type) {
      try {
        return switch (type) {
          case TEXT -> value;
          case DATE -> LocalDate.parse(value).toString();
          case NUMBER -> new BigDecimal(value).toPlainString();
        };
      } catch (RuntimeException e) {
        throw new InvalidRequest(
            "cursor", "is not a cursor this service gave; use nextCursor from the page before");
      }
    }
  }
}
