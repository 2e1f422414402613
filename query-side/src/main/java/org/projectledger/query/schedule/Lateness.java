package org.projectledger.query.schedule;

import java.time.LocalDate;
import java.util.List;
import org.projectledger.query.project.ProjectPlans.PlannedItem;

/** When an item counts as late, for the schedule and the dashboard alike. */
public final class Lateness {

  private Lateness() {}

  /**
   * Late: due before the status date and not done. A milestone is done when every work package
   * before it is.
   */
  public static boolean isLate(PlannedItem item, List<PlannedItem> items, LocalDate statusDate) {
    if (!item.finish().isBefore(statusDate)) {
      return false;
    }
    if (!item.isMilestone()) {
      return item.percentComplete() < 100;
    }
    return items.stream()
        .filter(other -> item.predecessors().contains(other.id()))
        .anyMatch(
            predecessor ->
                isLate(predecessor, items, statusDate)
                    || (!predecessor.isMilestone() && predecessor.percentComplete() < 100));
  }
}
