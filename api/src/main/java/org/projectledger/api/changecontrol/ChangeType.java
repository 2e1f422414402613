package org.projectledger.api.changecontrol;

/** The kinds of change a change request may propose (API.md). */
public enum ChangeType {
  RESCHEDULE_WORK_PACKAGE,
  RESCHEDULE_MILESTONE,
  CHANGE_PLANNED_COST,
  INCREASE_BUDGET,
  /** A new budget line: after the first baseline a line opens only through change control. */
  OPEN_BUDGET_LINE,
  CANCEL_WORK_PACKAGE,
  CANCEL_MILESTONE,
  CHANGE_DEPENDENCIES
}
