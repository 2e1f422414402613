package org.projectledger.figures;

import java.time.LocalDate;
import org.projectledger.api.schedule.Link;

/**
 * What a link asks of its successor's dates (DOMAIN.md, third edition), in one place for the rule
 * the ledger checks on planned dates and for the critical path method. Every link says: the
 * successor's start (FS, SS) or finish (FF, SF) is no earlier than the predecessor's finish (FS,
 * FF) or start (SS, SF), moved by the lag. The ledger plans in whole days, a work package occupying
 * every day from its start to its finish, so the two readings differ by one day:
 *
 * <ul>
 *   <li>a <em>planned</em> date is "not earlier than" the day: an FS successor may start on its
 *       predecessor's finish day (two tasks of a few hours on one day, linked FS, are a valid plan,
 *       as in the tools the plans come from), and an SF successor may finish on its predecessor's
 *       start day;
 *   <li>the <em>critical path method</em> counts whole days: an FS successor starts the day after
 *       its predecessor's last day (a milestone, a moment: the same day), an SF successor finishes
 *       the day before its predecessor's first.
 * </ul>
 *
 * Lags count the project's working days ({@link WorkingDays}).
 */
public final class LinkRule {

  private LinkRule() {}

  /**
   * The earliest planned start the link allows a successor whose finish is {@code successorSpan}
   * working days after its start (0 for a milestone or a one-day work package).
   */
  public static LocalDate earliestPlannedStart(
      Link link,
      LocalDate predecessorStart,
      LocalDate predecessorFinish,
      long successorSpan,
      WorkingDays days) {
    LocalDate anchor = fromStart(link) ? predecessorStart : predecessorFinish;
    LocalDate bound = days.plus(anchor, link.lagDays());
    return toFinish(link) ? days.plus(bound, -successorSpan) : bound;
  }

  /** Whether the link's constraint hangs on the predecessor's start (SS, SF) or its finish. */
  static boolean fromStart(Link link) {
    return switch (link.type()) {
      case SS, SF -> true;
      case FS, FF -> false;
    };
  }

  /** Whether the link binds the successor's finish (FF, SF) or its start. */
  static boolean toFinish(Link link) {
    return switch (link.type()) {
      case FF, SF -> true;
      case FS, SS -> false;
    };
  }

  /**
   * The working days the critical path method moves from the predecessor's early start ({@link
   * #fromStart}) or early finish to the earliest start (FS, SS) or finish (FF, SF) of the
   * successor: the lag, and for FS and SF the day between the two bars.
   */
  static long scheduledGap(Link link, boolean successorMilestone) {
    long gap = successorMilestone ? 0 : 1;
    return switch (link.type()) {
      case FS -> gap + link.lagDays();
      case SS, FF -> link.lagDays();
      case SF -> link.lagDays() - gap;
    };
  }
}
