package org.projectledger.api.stakeholders;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Which events each interest covers: what a stakeholder's timeline shows and what their
 * communication plan tells them about. The ledger's own records of communication (plans set,
 * notifications sent or failed) are covered by no interest, so that telling someone never sets off
 * another message.
 */
public final class Topics {

  private static final Map<Interest, Set<String>> EVENT_TYPES = new EnumMap<>(Interest.class);

  static {
    EVENT_TYPES.put(
        Interest.SCHEDULE,
        Set.of(
            "WorkPackagePlanned",
            "MilestonePlanned",
            "WorkPackageRescheduled",
            "MilestoneRescheduled",
            "DependenciesChanged",
            "ProgressReported",
            "WorkPackageOwnerAssigned",
            "BaselineSet",
            "BaselineRevised"));
    EVENT_TYPES.put(
        Interest.BUDGET,
        Set.of(
            "BudgetLineOpened",
            "BudgetReallocated",
            "BudgetIncreased",
            "CostRecorded",
            "CostReversed",
            "BudgetLineOverrun",
            "PlannedCostChanged",
            "ToleranceBreached",
            "ToleranceRestored",
            "MaintenanceActivityRecorded"));
    EVENT_TYPES.put(
        Interest.SCOPE,
        Set.of(
            "WorkPackagePlanned",
            "MilestonePlanned",
            "WorkPackageCancelled",
            "MilestoneCancelled",
            "DecisionRecorded",
            "BaselineSet",
            "BaselineRevised",
            "AcceptanceCriteriaSet",
            "DeliverableSubmitted",
            "DeliverableAccepted",
            "DeliverableRejected",
            "AcceptanceWaived",
            "ProjectHandedOver"));
    EVENT_TYPES.put(
        Interest.RISK, Set.of("RiskLogged", "RiskReassessed", "RiskResponsePlanned", "RiskClosed"));
    EVENT_TYPES.put(Interest.ISSUE, Set.of("IssueRaised", "IssueResolved", "IssueClosed"));
    EVENT_TYPES.put(
        Interest.CHANGE,
        Set.of(
            "ChangeRequestRaised",
            "ChangeRequestApproved",
            "ChangeRequestRejected",
            "ChangeRequestWithdrawn",
            "BaselineRevised"));
    EVENT_TYPES.put(
        Interest.STATUS,
        Set.of(
            "ProjectChartered",
            "CharterAmended",
            "ProjectRoleReassigned",
            "StatusReportPublished",
            "ProjectHandedOver",
            "MaintenanceActivityRecorded",
            "LessonLogged",
            "ProjectClosed"));
  }

  private Topics() {}

  /** The simple names of the event types an interest covers. */
  public static Set<String> eventTypes(Interest interest) {
    return EVENT_TYPES.get(interest);
  }

  /** Whether any interest at all covers an event of this type (its simple name). */
  public static boolean coveredAtAll(String eventType) {
    return EVENT_TYPES.values().stream().anyMatch(types -> types.contains(eventType));
  }

  /** Whether any of the interests covers an event of this type (its simple name). */
  public static boolean covers(Set<Interest> interests, String eventType) {
    return interests.stream().anyMatch(interest -> EVENT_TYPES.get(interest).contains(eventType));
  }
}
