package org.projectledger.query.registers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.projectledger.api.budget.BudgetReallocated;
import org.projectledger.api.changecontrol.ChangeRequestRaised;
import org.projectledger.api.issues.IssueClosed;
import org.projectledger.api.issues.IssueRaised;
import org.projectledger.api.issues.IssueResolved;
import org.projectledger.api.issues.IssueState;
import org.projectledger.api.lessons.LessonLogged;
import org.projectledger.api.lifecycle.ProjectClosed;
import org.projectledger.api.quality.AcceptanceCriteriaSet;
import org.projectledger.api.quality.AcceptanceWaived;
import org.projectledger.api.quality.DeliverableAccepted;
import org.projectledger.api.quality.DeliverableRejected;
import org.projectledger.api.quality.DeliverableState;
import org.projectledger.api.quality.DeliverableSubmitted;
import org.projectledger.api.risks.RiskClosed;
import org.projectledger.api.risks.RiskKind;
import org.projectledger.api.risks.RiskLogged;
import org.projectledger.api.risks.RiskReassessed;
import org.projectledger.api.risks.RiskResponsePlanned;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.WorkPackageOwnerAssigned;
import org.projectledger.figures.EarnedValue;
import org.projectledger.figures.RiskExposure;
import org.projectledger.query.project.ProjectFacts;
import org.projectledger.query.project.ProjectFacts.LineFact;
import org.projectledger.query.registers.RegistersView.DrawRow;
import org.projectledger.query.registers.RegistersView.Exposure;
import org.projectledger.query.registers.RegistersView.IssueRow;
import org.projectledger.query.registers.RegistersView.LessonRow;
import org.projectledger.query.registers.RegistersView.RiskRow;
import org.projectledger.query.registers.RegistersView.WorkPackageRow;

/**
 * The execution registers folded from a project's register events in order: the one definition of
 * every register row, for the registers read, its as-of answers and the end-project report.
 */
public final class Registers {

  /** The events the registers are made of; {@link RegisterEntriesProjection} keeps these. */
  static final Map<String, Class<?>> TYPES =
      Stream.of(
              IssueRaised.class,
              IssueResolved.class,
              IssueClosed.class,
              ChangeRequestRaised.class,
              AcceptanceCriteriaSet.class,
              DeliverableSubmitted.class,
              DeliverableAccepted.class,
              DeliverableRejected.class,
              AcceptanceWaived.class,
              RiskLogged.class,
              RiskReassessed.class,
              RiskResponsePlanned.class,
              RiskClosed.class,
              BudgetReallocated.class,
              WorkPackageOwnerAssigned.class,
              LessonLogged.class,
              ProjectClosed.class)
          .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

  private static final Set<Class<?>> KEPT = Set.copyOf(TYPES.values());

  private Registers() {}

  /** Whether the registers are made of this event (a change request only if it escalates). */
  static boolean keeps(Object event) {
    if (event instanceof ChangeRequestRaised raised) {
      return raised.issueId() != null;
    }
    if (event instanceof BudgetReallocated moved) {
      return moved.riskId() != null;
    }
    return KEPT.contains(event.getClass());
  }

  /** One register event as recorded: when, by whom, and the event. */
  public record Entry(Instant recordedAt, String actor, Object event) {}

  /**
   * The registers of the project whose {@code facts} are given (the same instant as the entries),
   * folded from its {@code entries} in their order; the reserve remaining is that of {@code
   * statusDate}.
   */
  public static RegistersView fold(
      UUID projectId, ProjectFacts facts, List<Entry> entries, Instant asOf, LocalDate statusDate) {
    Fold fold = new Fold();
    entries.forEach(fold::apply);
    String currency = facts.header().currency();
    List<WorkPackageRow> workPackages =
        facts.items().stream()
            .filter(item -> item.kind() == ItemKind.WORK_PACKAGE)
            .map(item -> fold.workPackage(item.id(), item.name(), item.cancelled()))
            .toList();
    List<RiskRow> risks =
        fold.risks.values().stream()
            .map(risk -> risk.row(currency, fold.drawnAgainst(risk.riskId)))
            .sorted(
                Comparator.comparing((RiskRow risk) -> !risk.open())
                    .thenComparing(RiskRow::emv, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(RiskRow::score, Comparator.reverseOrder())
                    .thenComparing(RiskRow::title))
            .toList();
    BigDecimal drawn =
        fold.draws.stream().map(DrawRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    RiskExposure.Exposure exposure =
        RiskExposure.of(
            risks.stream()
                .filter(RiskRow::open)
                .map(
                    risk ->
                        new RiskExposure.Open(
                            risk.kind() == RiskKind.THREAT, risk.probability(), risk.costImpact()))
                .toList(),
            facts.contingencyRemaining(statusDate),
            currency);
    Map<UUID, LineFact> lines =
        facts.lines().stream()
            .collect(Collectors.toMap(LineFact::budgetLineId, Function.identity(), (a, b) -> a));
    List<DrawRow> draws =
        fold.draws.stream()
            .map(
                draw ->
                    new DrawRow(
                        draw.riskId(),
                        fold.risks.containsKey(draw.riskId())
                            ? fold.risks.get(draw.riskId()).title
                            : null,
                        draw.toBudgetLineId(),
                        lines.containsKey(draw.toBudgetLineId())
                            ? lines.get(draw.toBudgetLineId()).category()
                            : null,
                        draw.amount(),
                        draw.reason(),
                        draw.drawnBy(),
                        draw.drawnAt()))
            .toList();
    return new RegistersView(
        projectId,
        facts.header().code(),
        facts.header().name(),
        currency,
        asOf,
        fold.issues.values().stream().map(IssueFold::row).toList(),
        workPackages,
        risks,
        new Exposure(
            exposure.exposure(),
            exposure.reserveRemaining(),
            EarnedValue.money(drawn, currency),
            exposure.covered()),
        draws,
        List.copyOf(fold.lessons),
        fold.closure,
        facts.header().version());
  }

  /** The registers' state, event by event. */
  private static final class Fold {
    private final Map<UUID, IssueFold> issues = new LinkedHashMap<>();
    private final Map<UUID, String> owners = new LinkedHashMap<>();
    private final Map<UUID, DeliverableFold> deliverables = new LinkedHashMap<>();
    private final Map<UUID, RiskFold> risks = new LinkedHashMap<>();
    private final List<DrawRow> draws = new ArrayList<>();
    private final List<LessonRow> lessons = new ArrayList<>();
    private RegistersView.Closure closure;

    void apply(Entry entry) {
      Object event = entry.event();
      Instant at = entry.recordedAt();
      if (event instanceof ProjectClosed e) {
        closure =
            new RegistersView.Closure(
                e.closureNote(), e.signature().signer(), e.signature().printedName(), at);
      } else if (event instanceof IssueRaised e) {
        issues.put(e.issueId(), new IssueFold(e, at));
      } else if (event instanceof IssueResolved e && issues.containsKey(e.issueId())) {
        IssueFold issue = issues.get(e.issueId());
        issue.state = IssueState.RESOLVED;
        issue.resolution = e.resolution();
        issue.resolvedBy = e.resolvedBy();
        issue.resolvedAt = at;
      } else if (event instanceof IssueClosed e && issues.containsKey(e.issueId())) {
        IssueFold issue = issues.get(e.issueId());
        issue.state = IssueState.CLOSED;
        issue.resolution = e.resolution();
        issue.closedAt = at;
      } else if (event instanceof ChangeRequestRaised e && issues.containsKey(e.issueId())) {
        issues.get(e.issueId()).changeRequests.add(e.changeRequestId());
      } else if (event instanceof WorkPackageOwnerAssigned e) {
        owners.put(e.workPackageId(), e.owner());
      } else if (event instanceof LessonLogged e) {
        lessons.add(
            new LessonRow(
                e.lessonId(),
                e.category(),
                e.whatHappened(),
                e.advice(),
                e.recommendation(),
                e.loggedBy(),
                at));
      } else if (event instanceof BudgetReallocated e && e.riskId() != null) {
        draws.add(
            new DrawRow(
                e.riskId(),
                null,
                e.toBudgetLineId(),
                null,
                e.amount(),
                e.reason(),
                entry.actor(),
                at));
      } else {
        applyRisk(event);
        applyDeliverable(event, entry);
      }
    }

    private void applyRisk(Object event) {
      if (event instanceof RiskLogged e) {
        risks.put(e.riskId(), new RiskFold(e));
      } else if (event instanceof RiskReassessed e && risks.containsKey(e.riskId())) {
        risks.get(e.riskId()).probability = e.newProbability();
        risks.get(e.riskId()).impact = e.newImpact();
      } else if (event instanceof RiskResponsePlanned e && risks.containsKey(e.riskId())) {
        risks.get(e.riskId()).response = e;
      } else if (event instanceof RiskClosed e && risks.containsKey(e.riskId())) {
        risks.get(e.riskId()).closure = e.reason();
      }
    }

    private void applyDeliverable(Object event, Entry entry) {
      Instant at = entry.recordedAt();
      if (event instanceof AcceptanceCriteriaSet e) {
        DeliverableFold deliverable =
            deliverables.computeIfAbsent(e.workPackageId(), id -> new DeliverableFold());
        deliverable.criteria = e.criteria();
        deliverable.acceptor = e.acceptor();
        deliverable.state = DeliverableState.NOT_SUBMITTED;
      } else if (event instanceof DeliverableSubmitted e
          && deliverables.containsKey(e.workPackageId())) {
        DeliverableFold deliverable = deliverables.get(e.workPackageId());
        deliverable.state = DeliverableState.SUBMITTED;
        deliverable.submissions = e.submission();
        deliverable.submittedBy = e.submittedBy();
        deliverable.submittedAt = at;
        deliverable.decided(null, null, null);
      } else if (event instanceof DeliverableAccepted e
          && deliverables.containsKey(e.workPackageId())) {
        deliverables.get(e.workPackageId()).state = DeliverableState.ACCEPTED;
        deliverables.get(e.workPackageId()).decided(e.signature().signer(), at, e.comment());
      } else if (event instanceof DeliverableRejected e
          && deliverables.containsKey(e.workPackageId())) {
        deliverables.get(e.workPackageId()).state = DeliverableState.REJECTED;
        deliverables.get(e.workPackageId()).decided(e.signature().signer(), at, e.reason());
      } else if (event instanceof AcceptanceWaived e
          && deliverables.containsKey(e.workPackageId())) {
        deliverables.get(e.workPackageId()).state = DeliverableState.WAIVED;
        deliverables.get(e.workPackageId()).decided(e.signature().signer(), at, e.reason());
      }
    }

    BigDecimal drawnAgainst(UUID riskId) {
      return draws.stream()
          .filter(draw -> draw.riskId().equals(riskId))
          .map(DrawRow::amount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    WorkPackageRow workPackage(UUID id, String name, boolean cancelled) {
      DeliverableFold deliverable = deliverables.get(id);
      if (deliverable == null) {
        return new WorkPackageRow(
            id,
            name,
            cancelled,
            owners.get(id),
            List.of(),
            null,
            null,
            0,
            null,
            null,
            null,
            null,
            null);
      }
      return new WorkPackageRow(
          id,
          name,
          cancelled,
          owners.get(id),
          deliverable.criteria,
          deliverable.acceptor,
          deliverable.state,
          deliverable.submissions,
          deliverable.submittedBy,
          deliverable.submittedAt,
          deliverable.decidedBy,
          deliverable.decidedAt,
          deliverable.decisionNote);
    }
  }

  private static final class IssueFold {
    private final IssueRaised raised;
    private final Instant raisedAt;
    private final List<UUID> changeRequests = new ArrayList<>();
    private IssueState state = IssueState.OPEN;
    private String resolution;
    private String resolvedBy;
    private Instant resolvedAt;
    private Instant closedAt;

    IssueFold(IssueRaised raised, Instant raisedAt) {
      this.raised = raised;
      this.raisedAt = raisedAt;
    }

    IssueRow row() {
      return new IssueRow(
          raised.issueId(),
          raised.type(),
          raised.title(),
          raised.description(),
          raised.priority(),
          raised.severity(),
          raised.raisedBy(),
          raisedAt,
          raised.owner(),
          state,
          resolution,
          resolvedBy,
          resolvedAt,
          closedAt,
          List.copyOf(changeRequests));
    }
  }

  private static final class DeliverableFold {
    private List<String> criteria = List.of();
    private String acceptor;
    private DeliverableState state = DeliverableState.NOT_SUBMITTED;
    private int submissions;
    private String submittedBy;
    private Instant submittedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;

    void decided(String by, Instant at, String note) {
      decidedBy = by;
      decidedAt = at;
      decisionNote = note;
    }
  }

  private static final class RiskFold {
    private final UUID riskId;
    private final String title;
    private final RiskKind kind;
    private final String owner;
    private final String mitigation;
    private int probability;
    private int impact;
    private RiskResponsePlanned response;
    private String closure;

    RiskFold(RiskLogged logged) {
      this.riskId = logged.riskId();
      this.title = logged.title();
      this.kind = logged.kind();
      this.owner = logged.owner();
      this.mitigation = logged.mitigation();
      this.probability = logged.probability();
      this.impact = logged.impact();
    }

    RiskRow row(String currency, BigDecimal drawn) {
      BigDecimal costImpact = response == null ? null : response.costImpact();
      return new RiskRow(
          riskId,
          title,
          kind,
          probability,
          impact,
          probability * impact,
          owner,
          mitigation,
          closure == null,
          closure,
          response == null ? null : response.strategy(),
          response == null ? null : response.owner(),
          response == null ? null : response.proximity(),
          costImpact == null ? null : EarnedValue.money(costImpact, currency),
          RiskExposure.emv(probability, costImpact, currency),
          response == null ? null : response.response(),
          EarnedValue.money(drawn, currency));
    }
  }
}
