package org.projectledger.api.changecontrol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.ProjectCalendar;

/**
 * One change a change request proposes. One shape for every kind, as API.md writes them; each kind
 * requires its own fields and leaves the others null. {@code category} (a new budget line), {@code
 * itemId} and {@code dependsOn} (new dependencies) are of the second edition and absent from change
 * requests recorded before it; {@code links} (the same predecessors with their types and lags) and
 * {@code calendar} (a new working calendar) are of the third edition, null before it.
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
    List<UUID> dependsOn,
    List<Link> links,
    ProjectCalendar calendar) {

  public ProposedChange(
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
    this(
        type,
        workPackageId,
        milestoneId,
        budgetLineId,
        plannedStart,
        plannedFinish,
        dueDate,
        plannedCost,
        amount,
        category,
        itemId,
        dependsOn,
        null,
        null);
  }

  public ProposedChange {
    Objects.requireNonNull(type, "type");
    Set<String> given =
        given(
            workPackageId,
            milestoneId,
            budgetLineId,
            plannedStart,
            plannedFinish,
            dueDate,
            plannedCost,
            amount,
            category,
            itemId,
            dependsOn,
            calendar);
    for (String field : type.fields()) {
      if (!given.contains(field)) {
        throw new NullPointerException(field);
      }
    }
  }

  /**
   * The names of the fields given (not null), from the values of every field but the type, in the
   * record's order: a change is complete when they are exactly its type's {@link
   * ChangeType#fields()}.
   */
  public static Set<String> given(Object... values) {
    Set<String> given = new HashSet<>();
    for (int i = 0; i < FIELDS.size(); i++) {
      if (values[i] != null) {
        given.add(FIELDS.get(i));
      }
    }
    return given;
  }

  private static final List<String> FIELDS =
      List.of(
          "workPackageId",
          "milestoneId",
          "budgetLineId",
          "plannedStart",
          "plannedFinish",
          "dueDate",
          "plannedCost",
          "amount",
          "category",
          "itemId",
          "dependsOn",
          "calendar");

  public static ProposedChange rescheduleWorkPackage(UUID id, LocalDate start, LocalDate finish) {
    Fields change = new Fields();
    change.workPackageId = id;
    change.plannedStart = start;
    change.plannedFinish = finish;
    return change.as(ChangeType.RESCHEDULE_WORK_PACKAGE);
  }

  public static ProposedChange rescheduleMilestone(UUID id, LocalDate dueDate) {
    Fields change = new Fields();
    change.milestoneId = id;
    change.dueDate = dueDate;
    return change.as(ChangeType.RESCHEDULE_MILESTONE);
  }

  public static ProposedChange changePlannedCost(UUID id, BigDecimal plannedCost) {
    Fields change = new Fields();
    change.workPackageId = id;
    change.plannedCost = plannedCost;
    return change.as(ChangeType.CHANGE_PLANNED_COST);
  }

  public static ProposedChange increaseBudget(UUID budgetLineId, BigDecimal amount) {
    Fields change = new Fields();
    change.budgetLineId = budgetLineId;
    change.amount = amount;
    return change.as(ChangeType.INCREASE_BUDGET);
  }

  public static ProposedChange cancelWorkPackage(UUID id) {
    Fields change = new Fields();
    change.workPackageId = id;
    return change.as(ChangeType.CANCEL_WORK_PACKAGE);
  }

  public static ProposedChange cancelMilestone(UUID id) {
    Fields change = new Fields();
    change.milestoneId = id;
    return change.as(ChangeType.CANCEL_MILESTONE);
  }

  public static ProposedChange changeDependencies(UUID itemId, List<UUID> dependsOn) {
    return changeLinks(itemId, Link.orFinishToStart(null, dependsOn));
  }

  public static ProposedChange changeLinks(UUID itemId, List<Link> links) {
    Fields change = new Fields();
    change.itemId = itemId;
    change.links = List.copyOf(links);
    change.dependsOn = Link.predecessors(links);
    return change.as(ChangeType.CHANGE_DEPENDENCIES);
  }

  /** The links a dependencies change proposes (FS without lag for those recorded before). */
  public List<Link> allLinks() {
    return Link.orFinishToStart(links, dependsOn);
  }

  /** The project's working calendar, after the first baseline (third edition). */
  public static ProposedChange changeCalendar(ProjectCalendar calendar) {
    Fields change = new Fields();
    change.calendar = calendar;
    return change.as(ChangeType.CHANGE_CALENDAR);
  }

  public static ProposedChange openBudgetLine(
      UUID budgetLineId, BudgetCategory category, BigDecimal amount) {
    Fields change = new Fields();
    change.budgetLineId = budgetLineId;
    change.category = category;
    change.amount = amount;
    return change.as(ChangeType.OPEN_BUDGET_LINE);
  }

  /** The fields a factory sets by name; those it leaves alone stay null. */
  private static final class Fields {
    private UUID workPackageId;
    private UUID milestoneId;
    private UUID budgetLineId;
    private LocalDate plannedStart;
    private LocalDate plannedFinish;
    private LocalDate dueDate;
    private BigDecimal plannedCost;
    private BigDecimal amount;
    private BudgetCategory category;
    private UUID itemId;
    private List<UUID> dependsOn;
    private List<Link> links;
    private ProjectCalendar calendar;

    private ProposedChange as(ChangeType type) {
      return new ProposedChange(
          type,
          workPackageId,
          milestoneId,
          budgetLineId,
          plannedStart,
          plannedFinish,
          dueDate,
          plannedCost,
          amount,
          category,
          itemId,
          dependsOn,
          links,
          calendar);
    }
  }
}
