package org.projectledger.api;

import org.projectledger.api.baselines.BaselineRevised;
import org.projectledger.api.baselines.BaselineSet;
import org.projectledger.api.budget.BudgetIncreased;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.budget.BudgetLineOverrun;
import org.projectledger.api.budget.BudgetReallocated;
import org.projectledger.api.budget.CostRecorded;
import org.projectledger.api.budget.CostReversed;
import org.projectledger.api.changecontrol.ChangeRequestApproved;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.changecontrol.ChangeRequestRejected;
import org.projectledger.api.changecontrol.ChangeRequestWithdrawn;
import org.projectledger.api.charter.CharterAmended;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.charter.ProjectRoleReassigned;
import org.projectledger.api.communications.CommunicationPlanSet;
import org.projectledger.api.communications.NotificationFailed;
import org.projectledger.api.communications.StakeholderNotified;
import org.projectledger.api.decisions.DecisionRecorded;
import org.projectledger.api.lifecycle.ProjectClosed;
import org.projectledger.api.maintenance.MaintenanceActivityRecorded;
import org.projectledger.api.maintenance.ProjectHandedOver;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.risks.RiskClosed;
import org.projectledger.api.risks.RiskKind;
import org.projectledger.api.risks.RiskLogged;
import org.projectledger.api.risks.RiskReassessed;
import org.projectledger.api.schedule.DependenciesChanged;
import org.projectledger.api.schedule.MilestoneCancelled;
import org.projectledger.api.schedule.MilestonePlanned;
import org.projectledger.api.schedule.MilestoneRescheduled;
import org.projectledger.api.schedule.PlannedCostChanged;
import org.projectledger.api.schedule.WorkPackageCancelled;
import org.projectledger.api.schedule.WorkPackagePlanned;
import org.projectledger.api.schedule.WorkPackageRescheduled;
import org.projectledger.api.stakeholders.StakeholderForgotten;
import org.projectledger.api.stakeholders.StakeholderInterestsChanged;
import org.projectledger.api.stakeholders.StakeholderRegistered;
import org.projectledger.api.status.StatusReportPublished;
import org.projectledger.api.tolerance.ToleranceBreached;
import org.projectledger.api.tolerance.ToleranceKind;
import org.projectledger.api.tolerance.ToleranceRestored;

/**
 * The one line an auditor reads first: what happened, in the ledger's own words. The audit trail
 * shows it, and the notifications sent to stakeholders use it as their subject.
 */
public final class EventSummaries {

  private EventSummaries() {}

  /**
   * The summary of {@code event}. The five most frequent events (costs, progress, decisions,
   * reschedules, change requests) build theirs by concatenation: {@code String.formatted} parses
   * its pattern at every call, 4 % of the audit trail's processor in a rebuild (bench/README.md).
   */
  public static String of(Object event) {
    if (event instanceof ProjectChartered e) {
      return "Chartered %s \"%s\" (%s to %s, %s), sponsor %s, manager %s"
          .formatted(
              e.code(),
              e.name(),
              e.plannedStart(),
              e.plannedFinish(),
              e.currency(),
              e.sponsor(),
              e.manager());
    }
    if (event instanceof WorkPackagePlanned e) {
      return "Planned work package \"%s\", %s to %s, costing %s"
          .formatted(
              e.name(), e.plannedStart(), e.plannedFinish(), e.plannedCost().toPlainString());
    }
    if (event instanceof MilestonePlanned e) {
      return "Planned milestone \"%s\" due %s".formatted(e.name(), e.dueDate());
    }
    if (event instanceof CharterAmended e) {
      return "Amended the charter: \"%s\", %s to %s, tolerances %d days and %s%%, signed by %s (%s)"
          .formatted(
              e.newName(),
              e.newPlannedStart(),
              e.newPlannedFinish(),
              e.newTolerances().scheduleDays(),
              e.newTolerances().costPercent().toPlainString(),
              e.signature().printedName(),
              e.signature().meaning());
    }
    if (event instanceof ProjectRoleReassigned e) {
      return "Reassigned the %s from %s to %s, signed by %s (%s)"
          .formatted(
              e.role().name().toLowerCase(java.util.Locale.ROOT),
              e.from(),
              e.to(),
              e.signature().printedName(),
              e.signature().meaning());
    }
    if (event instanceof DependenciesChanged e) {
      return "Changed dependencies from %d to %d predecessor(s): %s%s"
          .formatted(
              e.oldDependsOn().size(),
              e.newDependsOn().size(),
              e.reason(),
              cause(e.changeRequestId()));
    }
    if (event instanceof WorkPackageCancelled e) {
      return "Cancelled a work package: %s%s".formatted(e.reason(), cause(e.changeRequestId()));
    }
    if (event instanceof MilestoneCancelled e) {
      return "Cancelled a milestone: %s%s".formatted(e.reason(), cause(e.changeRequestId()));
    }
    if (event instanceof WorkPackageRescheduled e) {
      return "Rescheduled a work package from "
          + e.oldStart()
          + "–"
          + e.oldFinish()
          + " to "
          + e.newStart()
          + "–"
          + e.newFinish()
          + cause(e.causedBy());
    }
    if (event instanceof MilestoneRescheduled e) {
      return "Moved a milestone from %s to %s%s"
          .formatted(e.oldDueDate(), e.newDueDate(), cause(e.causedBy()));
    }
    if (event instanceof PlannedCostChanged e) {
      return "Re-costed a work package from %s to %s%s"
          .formatted(
              e.oldPlannedCost().toPlainString(),
              e.newPlannedCost().toPlainString(),
              cause(e.causedBy()));
    }
    if (event instanceof ProgressReported e) {
      return "Reported progress "
          + e.oldPercentComplete()
          + "% → "
          + e.newPercentComplete()
          + "% as of "
          + e.statusDate();
    }
    if (event instanceof BudgetLineOpened e) {
      return "Opened a %s budget line of %s".formatted(e.category(), e.amount().toPlainString());
    }
    if (event instanceof BudgetReallocated e) {
      return e.riskId() == null
          ? "Moved %s between budget lines".formatted(e.amount().toPlainString())
          : "Drew %s from the contingency reserve against risk %s"
              .formatted(e.amount().toPlainString(), e.riskId());
    }
    if (event instanceof BudgetIncreased e) {
      return "Increased a budget line from %s to %s by change request"
          .formatted(e.oldAmount().toPlainString(), e.newAmount().toPlainString());
    }
    if (event instanceof CostRecorded e) {
      return "Recorded a cost of "
          + e.amount().toPlainString()
          + " "
          + e.currency()
          + " incurred on "
          + e.incurredOn()
          + " ("
          + e.reference()
          + ")";
    }
    if (event instanceof CostReversed e) {
      return "Reversed the cost of %s %s incurred on %s: %s"
          .formatted(e.amount().toPlainString(), e.currency(), e.incurredOn(), e.reason());
    }
    if (event instanceof BudgetLineOverrun e) {
      return "Budget line overrun by %s (actuals %s against %s)"
          .formatted(
              e.overrunBy().toPlainString(),
              e.actualAfter().toPlainString(),
              e.lineAmount().toPlainString());
    }
    if (event instanceof ToleranceBreached e && e.kind() == ToleranceKind.SCHEDULE) {
      return "SCHEDULE tolerance breached: forecast finish %s beyond the baseline finish %s plus %d days"
          .formatted(e.forecastFinish(), e.baselineFinish(), e.toleranceDays());
    }
    if (event instanceof ToleranceRestored e && e.kind() == ToleranceKind.SCHEDULE) {
      return "SCHEDULE tolerance restored: forecast finish %s within the limit of %s"
          .formatted(e.forecastFinish(), e.limitFinish());
    }
    if (event instanceof ToleranceBreached e) {
      return "%s tolerance breached: estimate at completion %s beyond the limit of %s"
          .formatted(e.kind(), e.estimateAtCompletion().toPlainString(), e.limit().toPlainString());
    }
    if (event instanceof ToleranceRestored e) {
      return "%s tolerance restored: estimate at completion %s within the limit of %s"
          .formatted(e.kind(), e.estimateAtCompletion().toPlainString(), e.limit().toPlainString());
    }
    if (event instanceof BaselineSet e) {
      return "Set baseline %d at %s, signed by %s (%s)"
          .formatted(
              e.baselineNumber(),
              e.totalPlannedCost().toPlainString(),
              e.signature().printedName(),
              e.signature().meaning());
    }
    if (event instanceof BaselineRevised e) {
      return "Revised the baseline to number %d at %s after an approved change request"
          .formatted(e.baselineNumber(), e.totalPlannedCost().toPlainString());
    }
    if (event instanceof ChangeRequestRaised e) {
      return "Raised change request \""
          + e.title()
          + "\" with "
          + e.proposedChanges().size()
          + " proposed change(s)"
          + (e.issueId() == null ? "" : ", escalating issue " + e.issueId());
    }
    if (event instanceof ChangeRequestApproved e) {
      return "Approved a change request, signed by %s (%s)"
          .formatted(e.signature().printedName(), e.signature().meaning());
    }
    if (event instanceof ChangeRequestRejected e) {
      return "Rejected a change request, signed by %s (%s)"
          .formatted(e.signature().printedName(), e.signature().meaning());
    }
    if (event instanceof ChangeRequestWithdrawn e) {
      return "Withdrew a change request";
    }
    if (event instanceof RiskLogged e) {
      return "Logged %s \"%s\" (probability %d, impact %d)"
          .formatted(
              e.kind() == RiskKind.OPPORTUNITY ? "opportunity" : "risk",
              e.title(),
              e.probability(),
              e.impact());
    }
    if (event instanceof RiskReassessed e) {
      return "Reassessed a risk from %d×%d to %d×%d"
          .formatted(e.oldProbability(), e.oldImpact(), e.newProbability(), e.newImpact());
    }
    if (event instanceof RiskClosed e) {
      return "Closed a risk";
    }
    if (event instanceof DecisionRecorded e) {
      return "Recorded decision \"" + e.title() + "\"";
    }
    if (event instanceof StatusReportPublished e) {
      return "Published a %s status report as of %s".formatted(e.rag(), e.statusDate());
    }
    if (event instanceof StakeholderRegistered e) {
      return "Registered a stakeholder (%s)".formatted(e.role());
    }
    if (event instanceof StakeholderInterestsChanged e) {
      return "Changed a stakeholder's interests from %s to %s"
          .formatted(e.oldInterests(), e.newInterests());
    }
    if (event instanceof StakeholderForgotten e) {
      return "Forgot a stakeholder: their personal data can no longer be read";
    }
    if (event instanceof ProjectClosed e) {
      return "Closed the project, signed by %s (%s)"
          .formatted(e.signature().printedName(), e.signature().meaning());
    }
    if (event instanceof CommunicationPlanSet e) {
      return "Set a stakeholder's communication plan: %s, %s".formatted(e.channel(), e.frequency());
    }
    if (event instanceof StakeholderNotified e) {
      return "Notified a stakeholder by %s: \"%s\" (after %d tr%s)"
          .formatted(
              e.channel(),
              e.subject(),
              e.attempts().size(),
              e.attempts().size() == 1 ? "y" : "ies");
    }
    if (event instanceof NotificationFailed e) {
      return "Could not notify a stakeholder by %s: \"%s\" (%d tr%s, last: %s)"
          .formatted(
              e.channel(),
              e.subject(),
              e.attempts().size(),
              e.attempts().size() == 1 ? "y" : "ies",
              e.attempts().get(e.attempts().size() - 1).outcome());
    }
    if (event instanceof ProjectHandedOver e) {
      return "Handed the project over to operations, signed by %s (%s)"
          .formatted(e.signature().printedName(), e.signature().meaning());
    }
    if (event instanceof MaintenanceActivityRecorded e) {
      return "Recorded %s maintenance on %s: %s%s"
          .formatted(
              e.kind(),
              e.performedOn(),
              e.description(),
              e.cost() == null
                  ? ""
                  : " (cost %s %s)".formatted(e.cost().toPlainString(), e.currency()));
    }
    return RegisterSummaries.of(event).orElse(event.getClass().getSimpleName());
  }

  private static String cause(java.util.UUID causedBy) {
    return causedBy == null ? "" : " (caused by " + causedBy + ")";
  }
}
