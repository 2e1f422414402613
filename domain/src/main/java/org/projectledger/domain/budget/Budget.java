package org.projectledger.domain.budget;

import static org.projectledger.domain.state.Policies.require;
import static org.projectledger.domain.state.Policies.requireAmount;
import static org.projectledger.domain.state.Policies.requireNew;
import static org.projectledger.domain.state.Policies.requireReason;
import static org.projectledger.domain.state.Policies.requireText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.budget.BudgetLineOverrun;
import org.projectledger.api.budget.BudgetReallocated;
import org.projectledger.api.budget.CostRecorded;
import org.projectledger.api.budget.CostReversed;
import org.projectledger.api.budget.OpenBudgetLine;
import org.projectledger.api.budget.ReallocateBudget;
import org.projectledger.api.budget.RecordCost;
import org.projectledger.api.budget.ReverseCost;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.domain.risks.Risk;
import org.projectledger.domain.state.Actuals;
import org.projectledger.domain.state.BudgetLine;
import org.projectledger.domain.state.Execution;
import org.projectledger.domain.state.ProjectFacts;

/** Budget lines and what is spent on them: opened, reallocated, costs recorded and reversed. */
public final class Budget {

  private Budget() {}

  /** Before the first baseline only: after it a new line is a change request the sponsor signs. */
  public static BudgetLineOpened open(OpenBudgetLine command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    require(
        facts.baseline() == null,
        ErrorCode.CHANGE_CONTROL_REQUIRED,
        "After the first baseline a new budget line goes through a change request"
            + " (OPEN_BUDGET_LINE) that the sponsor approves");
    requireNew(
        !facts.plan().lines().containsKey(command.budgetLineId()),
        "budget line",
        command.budgetLineId());
    requireAmount(command.amount(), "amount", true, facts.currency());
    return new BudgetLineOpened(
        facts.projectId(), command.budgetLineId(), command.category(), command.amount());
  }

  /**
   * A move between lines. From a CONTINGENCY line it is a draw on the reserve: it names the open
   * risk it answers ({@code risk}, the project's member of that id, or null) and, after a baseline,
   * stays within the reserve the sponsor approved with it; beyond that, more money is a change
   * request.
   */
  public static BudgetReallocated reallocate(
      ReallocateBudget command, Actor actor, ProjectFacts facts, Risk risk) {
    facts.requireManager(actor);
    requireReason(command.reason());
    requireAmount(command.amount(), "amount", true, facts.currency());
    require(
        !command.fromBudgetLineId().equals(command.toBudgetLineId()),
        ErrorCode.VALIDATION_FAILED,
        "Budget can only move between two different lines");
    BudgetLine from = facts.plan().line(command.fromBudgetLineId());
    BudgetLine to = facts.plan().line(command.toBudgetLineId());
    drawOnReserve(command, facts, from, risk);
    BigDecimal fromNew = from.amount().subtract(command.amount());
    require(
        fromNew.compareTo(from.actual()) >= 0,
        ErrorCode.BUDGET_BELOW_ACTUALS,
        "The line would keep %s but %s has already been spent on it"
            .formatted(fromNew.toPlainString(), from.actual().toPlainString()));
    return new BudgetReallocated(
        facts.projectId(),
        from.id(),
        to.id(),
        command.amount(),
        from.amount(),
        fromNew,
        to.amount(),
        to.amount().add(command.amount()),
        command.reason(),
        command.riskId());
  }

  private static void drawOnReserve(
      ReallocateBudget command, ProjectFacts facts, BudgetLine from, Risk risk) {
    if (from.category() != BudgetCategory.CONTINGENCY) {
      require(
          command.riskId() == null,
          ErrorCode.VALIDATION_FAILED,
          "Only a draw on the contingency reserve names a risk; this line is " + from.category());
      return;
    }
    require(
        command.riskId() != null,
        ErrorCode.VALIDATION_FAILED,
        "The contingency reserve is drawn only against a named risk: give its riskId");
    require(risk != null, ErrorCode.NOT_FOUND, "No risk with id " + command.riskId());
    require(
        risk.isOpen(), ErrorCode.RISK_CLOSED, "The risk is closed: no reserve is drawn against it");
    Execution execution = facts.execution();
    if (execution.reserveApproved() != null) {
      BigDecimal left = execution.reserveApproved().subtract(execution.reserveDrawn());
      require(
          command.amount().compareTo(left) <= 0,
          ErrorCode.CHANGE_CONTROL_REQUIRED,
          ("The sponsor approved a reserve of %s with the baseline and %s of it is left: a larger"
                  + " draw is a change request (INCREASE_BUDGET) the sponsor approves")
              .formatted(
                  execution.reserveApproved().toPlainString(),
                  left.max(BigDecimal.ZERO).toPlainString()));
    }
  }

  /** A cost in the project's currency; a line spent beyond its amount records its overrun. */
  public static List<Object> record(RecordCost command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    requireNew(!facts.actuals().costs().containsKey(command.costId()), "cost", command.costId());
    String currency = facts.currency();
    requireAmount(command.amount(), "amount", true, currency);
    require(
        command.currency() == null || command.currency().equals(currency),
        ErrorCode.CURRENCY_MISMATCH,
        "The project keeps its books in %s, not %s".formatted(currency, command.currency()));
    requireText(command.reference(), "reference");
    BudgetLine line = facts.plan().line(command.budgetLineId());
    facts.plan().item(command.workPackageId(), ItemKind.WORK_PACKAGE);
    BigDecimal after = line.actual().add(command.amount());
    List<Object> events = new ArrayList<>();
    events.add(
        new CostRecorded(
            facts.projectId(),
            command.costId(),
            line.id(),
            command.workPackageId(),
            command.amount(),
            currency,
            command.incurredOn(),
            command.reference(),
            command.description(),
            line.actual(),
            after));
    overrun(facts, line, command.costId(), after).ifPresent(events::add);
    return events;
  }

  /** The overrun a booking leaves on its line, if it takes the line beyond its amount. */
  public static Optional<BudgetLineOverrun> overrun(
      ProjectFacts facts, BudgetLine line, UUID cause, BigDecimal after) {
    if (after.compareTo(line.amount()) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new BudgetLineOverrun(
            facts.projectId(),
            line.id(),
            cause,
            line.amount(),
            line.actual(),
            after,
            after.subtract(line.amount())));
  }

  /**
   * A correction, never a rewrite: the reversal names the CostRecorded it corrects, and from now on
   * the amount leaves the line's actuals, AC and every figure.
   */
  public static CostReversed reverse(ReverseCost command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
    requireReason(command.reason());
    Actuals.RecordedCost cost = facts.actuals().costs().get(command.costId());
    require(cost != null, ErrorCode.NOT_FOUND, "No cost with id " + command.costId());
    require(
        !cost.reversed(),
        ErrorCode.ALREADY_REVERSED,
        "The cost " + command.costId() + " was reversed already");
    BudgetLine line = facts.plan().line(cost.budgetLineId());
    return new CostReversed(
        facts.projectId(),
        command.costId(),
        cost.eventId(),
        line.id(),
        cost.workPackageId(),
        cost.amount(),
        facts.currency(),
        cost.incurredOn(),
        command.reason(),
        line.actual(),
        line.actual().subtract(cost.amount()));
  }
}
