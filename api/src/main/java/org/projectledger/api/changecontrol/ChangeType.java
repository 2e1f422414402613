package org.projectledger.api.changecontrol;

import java.util.Set;

/**
 * The kinds of change a change request may propose (API.md), each with the fields of a {@link
 * ProposedChange} it takes: exactly these, the others left out.
 */
public enum ChangeType {
  RESCHEDULE_WORK_PACKAGE("workPackageId", "plannedStart", "plannedFinish"),
  RESCHEDULE_MILESTONE("milestoneId", "dueDate"),
  CHANGE_PLANNED_COST("workPackageId", "plannedCost"),
  INCREASE_BUDGET("budgetLineId", "amount"),
  /** A new budget line: after the first baseline a line opens only through change control. */
  OPEN_BUDGET_LINE("budgetLineId", "category", "amount"),
  CANCEL_WORK_PACKAGE("workPackageId"),
  CANCEL_MILESTONE("milestoneId"),
  CHANGE_DEPENDENCIES("itemId", "dependsOn"),
  CHANGE_CALENDAR("calendar");

  private final Set<String> fields;

  ChangeType(String... fields) {
    this.fields = Set.of(fields);
  }

  /** The fields a change of this kind takes, by their names in {@link ProposedChange}. */
  public Set<String> fields() {
    return fields;
  }
}
