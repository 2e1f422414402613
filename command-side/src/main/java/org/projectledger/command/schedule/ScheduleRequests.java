package org.projectledger.command.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the schedule, cost and progress writes (API.md). */
final class ScheduleRequests {

  private ScheduleRequests() {}

  record PlanWorkPackageRequest(
      UUID workPackageId,
      @NotBlank @Size(max = 200) String name,
      @NotNull LocalDate plannedStart,
      @NotNull LocalDate plannedFinish,
      @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal plannedCost,
      @Size(max = 100) List<@NotNull UUID> dependsOn,
      @Size(max = 100) List<@NotNull @Valid LinkRequest> links,
      UUID parentId) {}

  /** A summary element of the WBS, under {@code parentId} (absent: at the top). */
  record PlanSummaryRequest(
      UUID summaryId, @NotBlank @Size(max = 200) String name, UUID parentId) {}

  record RescheduleWorkPackageRequest(
      @NotNull LocalDate plannedStart,
      @NotNull LocalDate plannedFinish,
      @NotBlank @Size(max = 2000) String reason,
      Boolean cascade) {}

  record ChangePlannedCostRequest(
      @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal plannedCost,
      @NotBlank @Size(max = 2000) String reason) {}

  /** Progress; where known, the day the work actually started and (at 100 %) finished. */
  record ReportProgressRequest(
      @NotNull @Min(0) @Max(100) Integer percentComplete,
      @NotNull LocalDate statusDate,
      @Size(max = 2000) String reason,
      LocalDate actualStart,
      LocalDate actualFinish) {}

  record PlanMilestoneRequest(
      UUID milestoneId,
      @NotBlank @Size(max = 200) String name,
      @NotNull LocalDate dueDate,
      @Size(max = 100) List<@NotNull UUID> dependsOn,
      @Size(max = 100) List<@NotNull @Valid LinkRequest> links,
      UUID parentId) {}

  record RescheduleMilestoneRequest(
      @NotNull LocalDate dueDate, @NotBlank @Size(max = 2000) String reason, Boolean cascade) {}

  record CancelRequest(@NotBlank @Size(max = 2000) String reason) {}

  /** The project's working calendar, with a reason. */
  record SetCalendarRequest(
      @NotNull @Size(min = 1, max = 7) List<@NotNull DayOfWeek> workingDays,
      @Size(max = 1000) List<@NotNull LocalDate> nonWorkingDates,
      @NotBlank @Size(max = 2000) String reason) {}

  /** The new predecessors: {@code dependsOn} (finish-to-start) or {@code links}, one of them. */
  record ChangeDependenciesRequest(
      @Size(max = 100) List<@NotNull UUID> dependsOn,
      @Size(max = 100) List<@NotNull @Valid LinkRequest> links,
      @NotBlank @Size(max = 2000) String reason) {

    @AssertTrue(message = "must give dependsOn or links")
    boolean isGiven() {
      return dependsOn != null || links != null;
    }
  }
}
