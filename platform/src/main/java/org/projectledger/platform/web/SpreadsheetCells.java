package org.projectledger.platform.web;

import java.util.regex.Pattern;

/**
 * Cells of the CSV files the ledger writes and reads, safe to open in a spreadsheet: a text that
 * starts like a formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return)
 * goes out behind a single quote, so that Excel, LibreOffice and Sheets show it as text and never
 * run it (OWASP, "CSV injection"); a number keeps its sign. Reading a CSV undoes exactly that.
 */
public final class SpreadsheetCells {

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  private SpreadsheetCells() {}

  /** The cell as written: behind a quote where it would start a formula. */
  public static String neutralised(String cell) {
    if (cell == null || cell.isEmpty() || !triggers(cell.charAt(0))) {
      return cell;
    }
    return NUMBER.matcher(cell).matches() ? cell : "'" + cell;
  }

  /** The cell as it was before {@link #neutralised}. */
  public static String restored(String cell) {
    if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && triggers(cell.charAt(1))) {
      String rest = cell.substring(1);
      return NUMBER.matcher(rest).matches() ? cell : rest;
    }
    return cell;
  }

  private static boolean triggers(char first) {
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
