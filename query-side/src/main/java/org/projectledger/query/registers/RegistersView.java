package org.projectledger.query.registers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.issues.IssueLevel;
import org.projectledger.api.issues.IssueState;
import org.projectledger.api.issues.IssueType;
import org.projectledger.api.lessons.LessonAdvice;
import org.projectledger.api.lessons.LessonCategory;
import org.projectledger.api.quality.DeliverableState;
import org.projectledger.api.risks.RiskKind;
import org.projectledger.api.risks.RiskStrategy;

/**
 * A project's execution registers (GET /api/projects/{id}/registers): issues, work packages with
 * their owners and deliverables, risks with their responses and expected monetary value, draws on
 * the contingency reserve, lessons — as they stand, or as the ledger knew them at {@code asOf}.
 */
public record RegistersView(
    UUID projectId,
    String code,
    String name,
    String currency,
    Instant asOf,
    List<IssueRow> issues,
    List<WorkPackageRow> workPackages,
    List<RiskRow> risks,
    Exposure exposure,
    List<DrawRow> reserveDraws,
    List<LessonRow> lessons,
    Closure closure,
    long version) {

  /** The project's closure, once the PMO closed it: the note and its signature. */
  public record Closure(String note, String signedBy, String printedName, Instant closedAt) {}

  /** One issue; {@code changeRequestIds} are the change requests that escalated it. */
  public record IssueRow(
      UUID issueId,
      IssueType type,
      String title,
      String description,
      IssueLevel priority,
      IssueLevel severity,
      String raisedBy,
      Instant raisedAt,
      String owner,
      IssueState state,
      String resolution,
      String resolvedBy,
      Instant resolvedAt,
      Instant closedAt,
      List<UUID> changeRequestIds) {}

  /**
   * A live or cancelled work package: its owner and, when it names acceptance criteria, its
   * deliverable (acceptor, state, submissions and the latest decision with its signer).
   */
  public record WorkPackageRow(
      UUID workPackageId,
      String name,
      boolean cancelled,
      String owner,
      List<String> criteria,
      String acceptor,
      DeliverableState state,
      int submissions,
      String submittedBy,
      Instant submittedAt,
      String decidedBy,
      Instant decidedAt,
      String decisionNote) {}

  /** One risk or opportunity with its response and EMV ({@code RiskExposure}). */
  public record RiskRow(
      UUID riskId,
      String title,
      RiskKind kind,
      int probability,
      int impact,
      int score,
      String owner,
      String mitigation,
      boolean open,
      String closure,
      RiskStrategy strategy,
      String responseOwner,
      LocalDate proximity,
      BigDecimal costImpact,
      BigDecimal emv,
      String response,
      BigDecimal drawn) {}

  /**
   * The open threats' EMV against the contingency reserve: what the reserve lines hold now, what
   * has been drawn on them against risks, and whether the exposure is covered.
   */
  public record Exposure(
      BigDecimal exposure, BigDecimal reserveRemaining, BigDecimal drawn, boolean covered) {}

  /** A draw on the contingency reserve, against a named risk. */
  public record DrawRow(
      UUID riskId,
      String riskTitle,
      UUID toBudgetLineId,
      String toCategory,
      BigDecimal amount,
      String reason,
      String drawnBy,
      Instant drawnAt) {}

  public record LessonRow(
      UUID lessonId,
      LessonCategory category,
      String whatHappened,
      LessonAdvice advice,
      String recommendation,
      String loggedBy,
      Instant loggedAt) {}
}
