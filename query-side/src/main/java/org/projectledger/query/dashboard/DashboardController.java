package org.projectledger.query.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.api.dashboard.DashboardView;
import org.projectledger.platform.BusinessDates;
import org.projectledger.query.consistency.PrecomputedReads;
import org.projectledger.query.consistency.ProjectReadGate;
import org.projectledger.query.project.ProjectFactsAsOf;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's dashboard for a status date: as given, else the date of {@code asOf} (what the
 * dashboard said then), else today, in the business time zone.
 */
@RestController
@Validated
@Tag(name = "Dashboard")
class DashboardController {

  private final Dashboards dashboards;
  private final ProjectFactsAsOf history;
  private final ProjectReadGate gate;
  private final BusinessDates dates;
  private final PrecomputedReads precomputed;

  DashboardController(
      Dashboards dashboards,
      ProjectFactsAsOf history,
      ProjectReadGate gate,
      BusinessDates dates,
      PrecomputedReads precomputed) {
    this.dashboards = dashboards;
    this.history = history;
    this.gate = gate;
    this.dates = dates;
    this.precomputed = precomputed;
  }

  @GetMapping("/api/projects/{projectId}/dashboard")
  @Operation(
      summary = "Earned value, budget by line, schedule, change requests, risks, status, tolerance")
  ResponseEntity<?> dashboard(
      @PathVariable UUID projectId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate statusDate,
      @RequestParam(required = false) @Min(0) Long minVersion,
      @Parameter(description = "Answer as the ledger knew it at this instant (record time)")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    if (minVersion != null) {
      gate.settle(projectId, minVersion);
    }
    LocalDate today = dates.today();
    LocalDate date = dates.statusDate(statusDate, asOf);
    if (asOf == null && date.equals(today)) {
      return PrecomputedReads.respond(
          precomputed.read(projectId, "DASHBOARD", date, () -> dashboards.of(projectId, date)),
          projectId);
    }
    Optional<DashboardView> view =
        asOf == null
            ? dashboards.of(projectId, date)
            : history.of(projectId, asOf).map(facts -> Dashboards.of(projectId, facts, date));
    if (view.isEmpty()) {
      return ProjectReadGate.notFound(projectId);
    }
    return ResponseEntity.ok()
        .header(ProjectReadGate.HEADER, String.valueOf(view.get().version()))
        .body(view.get());
  }
}
