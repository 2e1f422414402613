package org.projectledger.query.consistency;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which table a projection's statement writes, and whether it reads no other. */
final class Tables {

  private static final Pattern WRITTEN =
      Pattern.compile(
          "^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+([a-z_][a-z0-9_]*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern READ =
      Pattern.compile("\\b(?:FROM|JOIN)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
  private static final String NONE = "";

  /** By statement: the projections make a few dozen, each thousands of times. */
  private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

  private Tables() {}

  /**
   * The one table {@code sql} writes, if it names no other (in a sub-select, a join, an insert from
   * a select); else null.
   */
  static String writtenAlone(String sql) {
    String table = KNOWN.computeIfAbsent(sql, Tables::parse);
    return table.isEmpty() ? null : table;
  }

  private static String parse(String sql) {
    Matcher written = WRITTEN.matcher(sql);
    if (!written.find()) {
      return NONE;
    }
    String table = written.group(1).toLowerCase(Locale.ROOT);
    Matcher named = READ.matcher(sql);
    while (named.find()) {
      if (!named.group(1).toLowerCase(Locale.ROOT).equals(table)) {
        return NONE;
      }
    }
    return table;
  }
}
