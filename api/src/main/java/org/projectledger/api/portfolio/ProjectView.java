package org.projectledger.api.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.Currencies;
import org.projectledger.api.ProjectState;
import org.projectledger.api.schedule.Link;

/**
 * The project as planned now, as the read side answers it. An item's {@code dependsOn} names its
 * finish-to-start predecessors without lag (API.md); {@code links} holds every link with its type
 * and lag.
 */
public record ProjectView(
    UUID projectId,
    String code,
    String name,
    ProjectState state,
    String sponsor,
    String manager,
    String currency,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    Tolerances tolerances,
    Instant charteredAt,
    String charteredBy,
    List<WorkPackage> workPackages,
    List<Milestone> milestones,
    List<BudgetLine> budgetLines,
    List<Cost> costs,
    List<Stakeholder> stakeholders,
    long version) {

  /** Every amount in the project's currency's minor unit, however it was read. */
  public ProjectView {
    if (currency != null) {
      workPackages =
          workPackages.stream()
              .map(
                  w ->
                      new WorkPackage(
                          w.workPackageId(),
                          w.name(),
                          w.plannedStart(),
                          w.plannedFinish(),
                          Currencies.inMinorUnit(w.plannedCost(), currency),
                          w.percentComplete(),
                          w.dependsOn(),
                          w.cancelled(),
                          w.actualStart(),
                          w.actualFinish(),
                          w.sourceId(),
                          w.links()))
              .toList();
      budgetLines =
          budgetLines.stream()
              .map(
                  line ->
                      new BudgetLine(
                          line.budgetLineId(),
                          line.category(),
                          Currencies.inMinorUnit(line.amount(), currency)))
              .toList();
      costs =
          costs.stream()
              .map(
                  cost ->
                      new Cost(
                          cost.costId(),
                          cost.budgetLineId(),
                          cost.workPackageId(),
                          Currencies.inMinorUnit(cost.amount(), currency),
                          cost.incurredOn(),
                          cost.reference(),
                          cost.reversedBy()))
              .toList();
    }
  }

  public record Tolerances(int scheduleDays, BigDecimal costPercent) {}

  public record WorkPackage(
      UUID workPackageId,
      String name,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      BigDecimal plannedCost,
      int percentComplete,
      List<UUID> dependsOn,
      boolean cancelled,
      LocalDate actualStart,
      LocalDate actualFinish,
      String sourceId,
      List<Link> links) {}

  public record Milestone(
      UUID milestoneId,
      String name,
      LocalDate dueDate,
      List<UUID> dependsOn,
      boolean cancelled,
      String sourceId,
      List<Link> links) {}

  public record BudgetLine(UUID budgetLineId, String category, BigDecimal amount) {}

  /**
   * An actual cost as recorded. {@code reversedBy} is the id of the event that reversed it, null
   * while it counts: a reversed cost stays listed but no longer counts in any figure.
   */
  public record Cost(
      UUID costId,
      UUID budgetLineId,
      UUID workPackageId,
      BigDecimal amount,
      LocalDate incurredOn,
      String reference,
      UUID reversedBy) {}

  /**
   * A stakeholder. Name and e-mail are personal data: null for readers who may not see it, and null
   * with {@code forgotten} once the stakeholder has been forgotten.
   */
  public record Stakeholder(
      UUID stakeholderId,
      String name,
      String email,
      String role,
      List<String> interests,
      boolean forgotten) {}
}
