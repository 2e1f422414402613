package org.projectledger.command.schedule;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.progress.ReportProgress;
import org.projectledger.api.schedule.CancelMilestone;
import org.projectledger.api.schedule.CancelWorkPackage;
import org.projectledger.api.schedule.ChangeDependencies;
import org.projectledger.api.schedule.ChangePlannedCost;
import org.projectledger.api.schedule.PlanMilestone;
import org.projectledger.api.schedule.PlanSummary;
import org.projectledger.api.schedule.PlanWorkPackage;
import org.projectledger.api.schedule.RescheduleMilestone;
import org.projectledger.api.schedule.RescheduleWorkPackage;
import org.projectledger.api.schedule.SetCalendar;
import org.projectledger.command.schedule.ScheduleRequests.CancelRequest;
import org.projectledger.command.schedule.ScheduleRequests.ChangeDependenciesRequest;
import org.projectledger.command.schedule.ScheduleRequests.ChangePlannedCostRequest;
import org.projectledger.command.schedule.ScheduleRequests.PlanMilestoneRequest;
import org.projectledger.command.schedule.ScheduleRequests.PlanSummaryRequest;
import org.projectledger.command.schedule.ScheduleRequests.PlanWorkPackageRequest;
import org.projectledger.command.schedule.ScheduleRequests.ReportProgressRequest;
import org.projectledger.command.schedule.ScheduleRequests.RescheduleMilestoneRequest;
import org.projectledger.command.schedule.ScheduleRequests.RescheduleWorkPackageRequest;
import org.projectledger.command.schedule.ScheduleRequests.SetCalendarRequest;
import org.projectledger.command.write.Answer;
import org.projectledger.command.write.Commands;
import org.projectledger.command.write.WriteAnswer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The project manager's schedule: work packages, milestones, planned costs and progress. */
@RestController
@RequestMapping(path = "/api/projects/{projectId}", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Schedule")
class ScheduleController {

  private final Commands commands;

  ScheduleController(Commands commands) {
    this.commands = commands;
  }

  @PostMapping("/work-packages")
  @Operation(summary = "Plan a work package (the project's manager)")
  ResponseEntity<WriteAnswer> planWorkPackage(
      @PathVariable UUID projectId, @Valid @RequestBody PlanWorkPackageRequest body) {
    UUID id = body.workPackageId() != null ? body.workPackageId() : UUID.randomUUID();
    return commands.execute(
        Answer.created(projectId, id, "/api/projects/" + projectId + "/work-packages/" + id),
        new PlanWorkPackage(
            projectId,
            id,
            body.name(),
            body.plannedStart(),
            body.plannedFinish(),
            body.plannedCost(),
            List.of(),
            LinkRequest.of(body.dependsOn(), body.links()),
            body.parentId()),
        null,
        body);
  }

  @PostMapping("/summaries")
  @Operation(
      summary =
          "Add a summary element to the WBS, under another or at the top (the manager); its dates,"
              + " cost and progress roll up from the elements under it")
  ResponseEntity<WriteAnswer> planSummary(
      @PathVariable UUID projectId, @Valid @RequestBody PlanSummaryRequest body) {
    UUID id = body.summaryId() != null ? body.summaryId() : UUID.randomUUID();
    return commands.execute(
        Answer.created(projectId, id, "/api/projects/" + projectId + "/summaries/" + id),
        new PlanSummary(projectId, id, body.name(), body.parentId()),
        null,
        body);
  }

  @PostMapping("/work-packages/{workPackageId}/reschedule")
  @Operation(summary = "Reschedule a work package, with cascade to its successors (the manager)")
  ResponseEntity<WriteAnswer> rescheduleWorkPackage(
      @PathVariable UUID projectId,
      @PathVariable UUID workPackageId,
      @Valid @RequestBody RescheduleWorkPackageRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new RescheduleWorkPackage(
            projectId,
            workPackageId,
            body.plannedStart(),
            body.plannedFinish(),
            body.reason(),
            Boolean.TRUE.equals(body.cascade())),
        body.reason(),
        body);
  }

  @PostMapping("/work-packages/{workPackageId}/planned-cost")
  @Operation(summary = "Change a work package's planned cost (the manager)")
  ResponseEntity<WriteAnswer> changePlannedCost(
      @PathVariable UUID projectId,
      @PathVariable UUID workPackageId,
      @Valid @RequestBody ChangePlannedCostRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new ChangePlannedCost(projectId, workPackageId, body.plannedCost(), body.reason()),
        body.reason(),
        body);
  }

  @PostMapping("/work-packages/{workPackageId}/progress")
  @Operation(summary = "Report a work package's progress on a status date (the manager)")
  ResponseEntity<WriteAnswer> reportProgress(
      @PathVariable UUID projectId,
      @PathVariable UUID workPackageId,
      @Valid @RequestBody ReportProgressRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new ReportProgress(
            projectId,
            workPackageId,
            body.percentComplete(),
            body.statusDate(),
            body.reason(),
            body.actualStart(),
            body.actualFinish()),
        body.reason(),
        body);
  }

  @PostMapping("/milestones")
  @Operation(summary = "Plan a milestone (the manager)")
  ResponseEntity<WriteAnswer> planMilestone(
      @PathVariable UUID projectId, @Valid @RequestBody PlanMilestoneRequest body) {
    UUID id = body.milestoneId() != null ? body.milestoneId() : UUID.randomUUID();
    return commands.execute(
        Answer.created(projectId, id, "/api/projects/" + projectId + "/milestones/" + id),
        new PlanMilestone(
            projectId,
            id,
            body.name(),
            body.dueDate(),
            List.of(),
            LinkRequest.of(body.dependsOn(), body.links()),
            body.parentId()),
        null,
        body);
  }

  @PostMapping("/milestones/{milestoneId}/reschedule")
  @Operation(summary = "Reschedule a milestone, with cascade to its successors (the manager)")
  ResponseEntity<WriteAnswer> rescheduleMilestone(
      @PathVariable UUID projectId,
      @PathVariable UUID milestoneId,
      @Valid @RequestBody RescheduleMilestoneRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new RescheduleMilestone(
            projectId,
            milestoneId,
            body.dueDate(),
            body.reason(),
            Boolean.TRUE.equals(body.cascade())),
        body.reason(),
        body);
  }

  @PostMapping("/work-packages/{workPackageId}/cancellation")
  @Operation(
      summary =
          "Cancel a work package (the manager; after the first baseline only by change request)")
  ResponseEntity<WriteAnswer> cancelWorkPackage(
      @PathVariable UUID projectId,
      @PathVariable UUID workPackageId,
      @Valid @RequestBody CancelRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new CancelWorkPackage(projectId, workPackageId, body.reason()),
        body.reason(),
        body);
  }

  @PostMapping("/milestones/{milestoneId}/cancellation")
  @Operation(
      summary = "Cancel a milestone (the manager; after the first baseline only by change request)")
  ResponseEntity<WriteAnswer> cancelMilestone(
      @PathVariable UUID projectId,
      @PathVariable UUID milestoneId,
      @Valid @RequestBody CancelRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new CancelMilestone(projectId, milestoneId, body.reason()),
        body.reason(),
        body);
  }

  @PutMapping("/calendar")
  @Operation(
      summary =
          "Set the project's working calendar (the manager; after the first baseline only by"
              + " change request)")
  ResponseEntity<WriteAnswer> setCalendar(
      @PathVariable UUID projectId, @Valid @RequestBody SetCalendarRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new SetCalendar(
            projectId,
            new CalendarBody(body.workingDays(), body.nonWorkingDates()).toCalendar(),
            body.reason()),
        body.reason(),
        body);
  }

  @PutMapping("/items/{itemId}/dependencies")
  @Operation(
      summary =
          "Change what a work package or milestone depends on (the manager; after the first"
              + " baseline only by change request)")
  ResponseEntity<WriteAnswer> changeDependencies(
      @PathVariable UUID projectId,
      @PathVariable UUID itemId,
      @Valid @RequestBody ChangeDependenciesRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new ChangeDependencies(
            projectId,
            itemId,
            List.of(),
            body.reason(),
            LinkRequest.of(body.dependsOn(), body.links())),
        body.reason(),
        body);
  }
}
