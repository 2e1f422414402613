package org.projectledger.api;

import java.util.Optional;
import org.projectledger.api.issues.IssueClosed;
import org.projectledger.api.issues.IssueRaised;
import org.projectledger.api.issues.IssueResolved;
import org.projectledger.api.lessons.LessonLogged;
import org.projectledger.api.quality.AcceptanceCriteriaSet;
import org.projectledger.api.quality.AcceptanceWaived;
import org.projectledger.api.quality.DeliverableAccepted;
import org.projectledger.api.quality.DeliverableRejected;
import org.projectledger.api.quality.DeliverableSubmitted;
import org.projectledger.api.risks.RiskResponsePlanned;
import org.projectledger.api.schedule.WorkPackageOwnerAssigned;

/**
 * The audit trail's line for the execution registers' events (issues, deliverables, risk responses,
 * owners, lessons): {@link EventSummaries} asks here for what it does not name itself.
 */
final class RegisterSummaries {

  private RegisterSummaries() {}

  static Optional<String> of(Object event) {
    String line = null;
    if (event instanceof IssueRaised e) {
      line =
          "Raised %s issue \"%s\" (priority %s, severity %s), owned by %s"
              .formatted(e.type(), e.title(), e.priority(), e.severity(), e.owner());
    } else if (event instanceof IssueResolved e) {
      line = "Resolved an issue: %s".formatted(e.resolution());
    } else if (event instanceof IssueClosed e) {
      line = "Closed a %s issue: %s".formatted(e.previousState(), e.resolution());
    } else if (event instanceof AcceptanceCriteriaSet e) {
      line =
          "Set %d acceptance criteria for a deliverable, accepted by %s"
              .formatted(e.criteria().size(), e.acceptor());
    } else if (event instanceof DeliverableSubmitted e) {
      line = "Submitted a deliverable for acceptance (submission %d)".formatted(e.submission());
    } else if (event instanceof DeliverableAccepted e) {
      line =
          "Accepted a deliverable, signed by %s (%s)"
              .formatted(e.signature().printedName(), e.signature().meaning());
    } else if (event instanceof DeliverableRejected e) {
      line =
          "Rejected a deliverable, signed by %s (%s): %s"
              .formatted(e.signature().printedName(), e.signature().meaning(), e.reason());
    } else if (event instanceof AcceptanceWaived e) {
      line =
          "Waived a deliverable's acceptance, signed by %s (%s): %s"
              .formatted(e.signature().printedName(), e.signature().meaning(), e.reason());
    } else if (event instanceof RiskResponsePlanned e) {
      line =
          "Planned a risk response: %s, owned by %s, proximity %s, cost impact %s"
              .formatted(e.strategy(), e.owner(), e.proximity(), e.costImpact().toPlainString());
    } else if (event instanceof WorkPackageOwnerAssigned e) {
      line = "Named %s owner of a work package".formatted(e.owner());
    } else if (event instanceof LessonLogged e) {
      line = "Logged a %s lesson (%s): %s".formatted(e.category(), e.advice(), e.whatHappened());
    }
    return Optional.ofNullable(line);
  }
}
