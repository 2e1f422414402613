package org.projectledger.query.consistency;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which table a projection's statement writes, and which others it reads. */
final class Tables {

  private static final Pattern WRITTEN =
      Pattern.compile(
          "^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+([a-z_][a-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern READ =
      Pattern.compile("\\b(?:FROM|JOIN)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
  private static final Touched UNKNOWN = new Touched(null, Set.of());

  /** By statement: the projections make a few dozen, each thousands of times. */
  private static final Map<String, Touched> KNOWN = new ConcurrentHashMap<>();

  private Tables() {}

  /**
   * What a statement touches: the one table it writes ({@code written}, null when that cannot be
   * told: a statement not beginning with an insert, update or delete) and every other name it reads
   * from (in a sub-select, a join, an insert from a select).
   */
  record Touched(String written, Set<String> read) {

    /** Writes one table and reads no other: it commutes with every statement on other tables. */
    boolean alone() {
      return written != null && read.isEmpty();
    }

    /** Whether this statement's order against the statements on {@code table} matters. */
    boolean touches(String table) {
      return written == null || written.equals(table) || read.contains(table);
    }
  }

  static Touched of(String sql) {
    return KNOWN.computeIfAbsent(sql, Tables::parse);
  }

  private static Touched parse(String sql) {
    Matcher written = WRITTEN.matcher(sql);
    if (!written.find()) {
      return UNKNOWN;
    }
    String table = written.group(1).toLowerCase(Locale.ROOT);
    Set<String> read = new LinkedHashSet<>();
    Matcher named = READ.matcher(sql);
    while (named.find()) {
      String name = named.group(1).toLowerCase(Locale.ROOT);
      if (!name.equals(table)) {
        read.add(name);
      }
    }
    return new Touched(table, Set.copyOf(read));
  }
}
