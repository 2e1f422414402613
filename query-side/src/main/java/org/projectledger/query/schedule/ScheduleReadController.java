package org.projectledger.query.schedule;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.api.schedule.ScheduleView;
import org.projectledger.platform.BusinessDates;
import org.projectledger.query.consistency.PrecomputedReads;
import org.projectledger.query.consistency.ProjectReadGate;
import org.projectledger.query.project.ProjectFacts;
import org.projectledger.query.project.ProjectFactsAsOf;
import org.projectledger.query.project.ProjectFactsFromTables;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The schedule: every item against its baseline, with float and the critical path. */
@RestController
@Validated
@Tag(name = "Schedule")
class ScheduleReadController {

  private final ProjectFactsFromTables now;
  private final ProjectFactsAsOf history;
  private final ProjectReadGate gate;
  private final BusinessDates dates;
  private final PrecomputedReads precomputed;

  ScheduleReadController(
      ProjectFactsFromTables now,
      ProjectFactsAsOf history,
      ProjectReadGate gate,
      BusinessDates dates,
      PrecomputedReads precomputed) {
    this.now = now;
    this.history = history;
    this.gate = gate;
    this.dates = dates;
    this.precomputed = precomputed;
  }

  @GetMapping("/api/projects/{projectId}/schedule")
  @Operation(
      summary =
          "Work packages and milestones: baseline and current dates, variance, float, critical path")
  ResponseEntity<?> schedule(
      @PathVariable UUID projectId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate statusDate,
      @RequestParam(required = false) @Min(0) Long minVersion,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    if (minVersion != null) {
      gate.settle(projectId, minVersion);
    }
    LocalDate today = dates.today();
    if (asOf == null && (statusDate == null || statusDate.equals(today))) {
      return PrecomputedReads.respond(
          precomputed.read(
              projectId,
              "SCHEDULE",
              today,
              () -> now.of(projectId).map(facts -> Schedules.of(projectId, facts, today))),
          projectId);
    }
    Optional<ProjectFacts> facts = asOf == null ? now.of(projectId) : history.of(projectId, asOf);
    if (facts.isEmpty()) {
      return ProjectReadGate.notFound(projectId);
    }
    LocalDate date = dates.statusDate(statusDate, asOf);
    ScheduleView view = Schedules.of(projectId, facts.get(), date);
    return ResponseEntity.ok()
        .header(ProjectReadGate.HEADER, String.valueOf(view.version()))
        .body(view);
  }
}
