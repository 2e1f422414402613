package org.projectledger.domain.state;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.projectledger.api.baselines.BaselineItem;

/** The latest baseline: its number and every item as it froze them. */
public final class Baseline {

  int number;
  Map<UUID, BaselineItem> items = new LinkedHashMap<>();
  BigDecimal totalPlannedCost;

  /** For snapshots. */
  Baseline() {}

  Baseline(int number, List<BaselineItem> frozen, BigDecimal totalPlannedCost) {
    this.number = number;
    frozen.forEach(item -> items.put(item.itemId(), item));
    this.totalPlannedCost = totalPlannedCost;
  }

  /** The items still planned; a cancelled one is not part of any later baseline. */
  static List<BaselineItem> freeze(Plan plan) {
    return plan.live()
        .map(
            item ->
                new BaselineItem(
                    item.id,
                    item.kind,
                    item.name,
                    item.start,
                    item.finish,
                    item.isMilestone() ? BigDecimal.ZERO : item.plannedCost))
        .toList();
  }

  public int number() {
    return number;
  }

  public Map<UUID, BaselineItem> items() {
    return items;
  }

  public BigDecimal totalPlannedCost() {
    return totalPlannedCost;
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Baseline other
        && number == other.number
        && Objects.equals(items, other.items)
        && Objects.equals(totalPlannedCost, other.totalPlannedCost);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, items, totalPlannedCost);
  }
}
