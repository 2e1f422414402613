package org.projectledger.query.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.projectledger.platform.web.InvalidRequest;
import org.projectledger.query.audit.AuditTrailReaders;
import org.projectledger.query.audit.AuditVersions;
import org.projectledger.query.consistency.ProjectReadGate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Provenance: the events behind one dashboard figure, each with who entered it, why and when. AC
 * rests on the costs up to the status date (one line's, for {@code LINE_ACTUAL}); EV on the latest
 * progress of each work package and on the plan it is measured against; BAC and PV on that plan:
 * the latest baseline (with the approved change request that revised it) and any work planned
 * since. The indices rest on the events of the figures they divide.
 */
@RestController
@Tag(name = "Dashboard")
class ProvenanceController {

  public enum Figure {
    BAC,
    PV,
    EV,
    AC,
    CV,
    SV,
    CPI,
    SPI,
    EAC,
    ETC,
    VAC,
    TCPI,
    LINE_ACTUAL
  }

  public record Source(
      long globalPosition,
      long sequence,
      String type,
      Instant recordedAt,
      String actor,
      String reason,
      String summary) {}

  public record Provenance(
      UUID projectId, Figure figure, LocalDate statusDate, BigDecimal value, List<Source> events) {}

  private final Provenances provenances;
  private final ProjectReadGate gate;
  private final AuditVersions auditVersions;

  private final AuditTrailReaders readers;

  ProvenanceController(
      Provenances provenances,
      ProjectReadGate gate,
      AuditVersions auditVersions,
      AuditTrailReaders readers) {
    this.provenances = provenances;
    this.gate = gate;
    this.auditVersions = auditVersions;
    this.readers = readers;
  }

  @GetMapping("/api/projects/{projectId}/dashboard/provenance")
  @Operation(
      summary =
          "The events behind one dashboard figure (BAC, PV, EV, AC, …, LINE_ACTUAL with budgetLineId)")
  ResponseEntity<Provenance> provenance(
      @PathVariable UUID projectId,
      @RequestParam String figure,
      @RequestParam(required = false) UUID budgetLineId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate statusDate,
      @RequestParam(required = false) @Min(0) Long minVersion,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    readers.require(projectId, "the provenance of a figure");
    Figure asked = figure(figure);
    if (asked == Figure.LINE_ACTUAL && budgetLineId == null) {
      throw new InvalidRequest("budgetLineId", "names the budget line whose actual is asked");
    }
    // The figure comes from the project's read models, its sources from the audit trail.
    gate.settle(projectId, minVersion);
    long version =
        asOf == null
            ? auditVersions.settle(projectId, minVersion)
            : auditVersions.at(projectId, asOf);
    return ResponseEntity.ok()
        .header(ProjectReadGate.HEADER, String.valueOf(version))
        .body(
            provenances.of(
                projectId,
                asked,
                budgetLineId,
                statusDate,
                asOf,
                asOf == null ? Long.MAX_VALUE : version));
  }

  private static Figure figure(String name) {
    try {
      return Figure.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequest(
          "figure", "must be one of " + java.util.Arrays.toString(Figure.values()));
    }
  }
}
