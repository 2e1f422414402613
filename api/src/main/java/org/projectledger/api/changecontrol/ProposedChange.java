package org.projectledger.api.changecontrol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.projectledger.api.budget.BudgetCategory;

/**
 * One change a change request proposes. One shape for every kind, as API.md writes them; each kind
 * requires its own fields and leaves the others null. {@code category} (a new budget line), {@code
 * itemId} and {@code dependsOn} (new dependencies) are of the second edition and absent from change
 * requests recorded before it.
 */
public record ProposedChange(
    ChangeType type,
    UUID workPackageId,
    UUID milestoneId,
    UUID budgetLineId,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    LocalDate dueDate,
    BigDecimal plannedCost,
    BigDecimal amount,
    BudgetCategory category,
    UUID itemId,
    List<UUID> dependsOn) {

  public ProposedChange {
    Objects.requireNonNull(type, "type");
    switch (type) {
      case RESCHEDULE_WORK_PACKAGE -> {
        Objects.requireNonNull(workPackageId, "workPackageId");
        Objects.requireNonNull(plannedStart, "plannedStart");
        Objects.requireNonNull(plannedFinish, "plannedFinish");
      }
      case RESCHEDULE_MILESTONE -> {
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(dueDate, "dueDate");
      }
      case CHANGE_PLANNED_COST -> {
        Objects.requireNonNull(workPackageId, "workPackageId");
        Objects.requireNonNull(plannedCost, "plannedCost");
      }
      case INCREASE_BUDGET -> {
        Objects.requireNonNull(budgetLineId, "budgetLineId");
        Objects.requireNonNull(amount, "amount");
      }
      case CHANGE_DEPENDENCIES -> {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(dependsOn, "dependsOn");
      }
      case CANCEL_WORK_PACKAGE -> Objects.requireNonNull(workPackageId, "workPackageId");
      case CANCEL_MILESTONE -> Objects.requireNonNull(milestoneId, "milestoneId");
      case OPEN_BUDGET_LINE -> {
        Objects.requireNonNull(budgetLineId, "budgetLineId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
      }
    }
  }

  public static ProposedChange rescheduleWorkPackage(UUID id, LocalDate start, LocalDate finish) {
    return new ProposedChange(
        ChangeType.RESCHEDULE_WORK_PACKAGE,
        id,
        null,
        null,
        start,
        finish,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public static ProposedChange rescheduleMilestone(UUID id, LocalDate dueDate) {
    return new ProposedChange(
        ChangeType.RESCHEDULE_MILESTONE,
        null,
        id,
        null,
        null,
        null,
        dueDate,
        null,
        null,
        null,
        null,
        null);
  }

  public static ProposedChange changePlannedCost(UUID id, BigDecimal plannedCost) {
    return new ProposedChange(
        ChangeType.CHANGE_PLANNED_COST,
        id,
        null,
        null,
        null,
        null,
        null,
        plannedCost,
        null,
        null,
        null,
        null);
  }

  public static ProposedChange increaseBudget(UUID budgetLineId, BigDecimal amount) {
    return new ProposedChange(
        ChangeType.INCREASE_BUDGET,
        null,
        null,
        budgetLineId,
        null,
        null,
        null,
        null,
        amount,
        null,
        null,
        null);
  }

  public static ProposedChange cancelWorkPackage(UUID id) {
    return new ProposedChange(
        ChangeType.CANCEL_WORK_PACKAGE,
        id,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public static ProposedChange cancelMilestone(UUID id) {
    return new ProposedChange(
        ChangeType.CANCEL_MILESTONE,
        null,
        id,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public static ProposedChange changeDependencies(UUID itemId, List<UUID> dependsOn) {
    return new ProposedChange(
        ChangeType.CHANGE_DEPENDENCIES,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        itemId,
        List.copyOf(dependsOn));
  }

  public static ProposedChange openBudgetLine(
      UUID budgetLineId, BudgetCategory category, BigDecimal amount) {
    return new ProposedChange(
        ChangeType.OPEN_BUDGET_LINE,
        null,
        null,
        budgetLineId,
        null,
        null,
        null,
        null,
        amount,
        category,
        null,
        null);
  }
}
