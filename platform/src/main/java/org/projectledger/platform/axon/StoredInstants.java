package org.projectledger.platform.axon;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.common.DateTimeUtils;

/**
 * Reads the instant an event was recorded at as Axon's JDBC store writes it ({@code
 * 2026-11-28T10:07:12.553Z}: UTC, milliseconds; up to nine digits of fraction are read) by the
 * positions of its digits; anything else goes to Axon's own parser. Axon parsed it with a general
 * ISO formatter for every event every processor read and every event a command loaded: a twentieth
 * of a rebuild (bench/README.md).
 */
final class StoredInstants {

  private StoredInstants() {}

  static Instant parse(String text) {
    Instant quick = quick(text);
    return quick != null ? quick : DateTimeUtils.parseInstant(text);
  }

  /** The instant, or null where the text is not in the store's own form. */
  static Instant quick(String text) {
    int length = text.length();
    if (length < 24
        || length > 30
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(19) != '.'
        || text.charAt(length - 1) != 'Z') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int fraction = digits(text, 20, length - 1);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || fraction < 0) {
      return null;
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException invalid) {
      return null;
    }
    int nanos = fraction;
    for (int scale = length - 1 - 20; scale < 9; scale++) {
      nanos *= 10;
    }
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
  }

  /** The decimal number in {@code [from, to)}, or -1 if a character there is not a digit. */
  static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
