package org.projectledger.query.registers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.projectledger.platform.BusinessDates;
import org.projectledger.query.consistency.ProjectReadGate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The execution registers of a project: issues, work packages, risks, reserve draws, lessons. */
@RestController
@Validated
@Tag(name = "Registers")
class RegistersReadController {

  private final RegisterReads registers;
  private final ProjectReadGate gate;
  private final BusinessDates dates;

  RegistersReadController(RegisterReads registers, ProjectReadGate gate, BusinessDates dates) {
    this.registers = registers;
    this.gate = gate;
    this.dates = dates;
  }

  @GetMapping("/api/projects/{projectId}/registers")
  @Operation(
      summary =
          "Issue register, work packages with owners and deliverables, risks with responses and"
              + " EMV, exposure against the contingency reserve, reserve draws, lessons learned")
  ResponseEntity<?> registers(
      @PathVariable UUID projectId,
      @RequestParam(required = false) @Min(0) Long minVersion,
      @Parameter(description = "Answer as the ledger knew it at this instant (record time)")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    if (minVersion != null) {
      gate.settle(projectId, minVersion);
    }
    Optional<RegistersView> view = registers.of(projectId, asOf, dates.statusDate(null, asOf));
    if (view.isEmpty()) {
      return ProjectReadGate.notFound(projectId);
    }
    return ResponseEntity.ok()
        .header(ProjectReadGate.HEADER, String.valueOf(view.get().version()))
        .body(view.get());
  }
}
