package org.projectledger.platform;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ledger's dates, in its business time zone ({@code ledger.time-zone}, default UTC): today, the
 * date of a record time, the status date a read is about, the week a digest covers. Every "today"
 * and every default status date in the service comes from here.
 */
@Component
public class BusinessDates {

  private final Clock clock;
  private final ZoneId zone;

  public BusinessDates(Clock clock, @Value("${ledger.time-zone:UTC}") ZoneId zone) {
    this.clock = clock;
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone;
  }

  /** Today's date in the business time zone. */
  public LocalDate today() {
    return dateOf(clock.instant());
  }

  /** The business date of an instant. */
  public LocalDate dateOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /**
   * The status date a read is about (DOMAIN.md, "Both clocks"): as given; else the date of {@code
   * asOf}, so that a read as of an instant answers what it answered then; else today.
   */
  public LocalDate statusDate(LocalDate statusDate, Instant asOf) {
    if (statusDate != null) {
      return statusDate;
    }
    return asOf != null ? dateOf(asOf) : today();
  }

  /** The Monday of the business week an instant falls in: digests cover Monday to Sunday. */
  public LocalDate weekOf(Instant instant) {
    return dateOf(instant).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The first instant of a business date. */
  public Instant startOf(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }

  /**
   * When a daily job set for {@code timeOfDay} is due on a business date: that long after the
   * date's first instant (on a day the clocks change, the hour of the day's start plus the time).
   */
  public Instant dueAt(LocalDate date, LocalTime timeOfDay) {
    return startOf(date).plus(Duration.ofNanos(timeOfDay.toNanoOfDay()));
  }
}
