package org.projectledger.query.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.query.consistency.ProjectReadGate;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The end-project report: final once the project is closed, a draft before. */
@RestController
@Validated
@Tag(name = "Registers")
class EndProjectReportController {

  private final EndProjectReports reports;
  private final ProjectReadGate gate;

  EndProjectReportController(EndProjectReports reports, ProjectReadGate gate) {
    this.reports = reports;
    this.gate = gate;
  }

  @GetMapping("/api/projects/{projectId}/end-project-report")
  @Operation(
      summary =
          "The end-project report: planned against actual per baseline, EVM at close, change"
              + " requests, issues and risks by outcome, tolerance exceptions, deliverables,"
              + " lessons (a draft until the project is closed)")
  ResponseEntity<?> report(
      @PathVariable UUID projectId, @RequestParam(required = false) @Min(0) Long minVersion) {
    if (minVersion != null) {
      gate.settle(projectId, minVersion);
    }
    Optional<EndProjectReport> report = reports.of(projectId);
    if (report.isEmpty()) {
      return ProjectReadGate.notFound(projectId);
    }
    return ResponseEntity.ok()
        .header(ProjectReadGate.HEADER, String.valueOf(report.get().version()))
        .body(report.get());
  }
}
