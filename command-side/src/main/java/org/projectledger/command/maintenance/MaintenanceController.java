package org.projectledger.command.maintenance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.maintenance.HandOverToOperations;
import org.projectledger.api.maintenance.MaintenanceKind;
import org.projectledger.api.maintenance.RecordMaintenanceActivity;
import org.projectledger.command.write.Answer;
import org.projectledger.command.write.Commands;
import org.projectledger.command.write.Signatures;
import org.projectledger.command.write.WriteAnswer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** After delivery: the sponsor's signed hand-over to operations, then maintenance activities. */
@RestController
@RequestMapping(path = "/api/projects/{projectId}", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Maintenance")
class MaintenanceController {

  record HandOverRequest(
      @NotBlank @Size(max = 4000) String note,
      @NotNull SignatureMeaning signatureMeaning,
      @Size(max = 200) String password) {}

  record MaintenanceActivityRequest(
      UUID activityId,
      @NotNull MaintenanceKind kind,
      @NotNull LocalDate performedOn,
      @NotBlank @Size(max = 4000) String description,
      @NotBlank @Size(max = 4000) String outcome,
      UUID budgetLineId,
      BigDecimal cost) {}

  private final Commands commands;
  private final Signatures signatures;

  MaintenanceController(Commands commands, Signatures signatures) {
    this.commands = commands;
    this.signatures = signatures;
  }

  @PostMapping("/handover")
  @Operation(
      summary =
          "Hand the project over to operations (the sponsor; a signed act; every work package complete)")
  ResponseEntity<WriteAnswer> handOver(
      @PathVariable UUID projectId, @Valid @RequestBody HandOverRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new HandOverToOperations(
            projectId,
            body.note(),
            signatures.sign(body.password(), body.signatureMeaning(), "HandOverToOperations")),
        body.note(),
        // What an idempotent replay is recognised by: never the password.
        Arrays.asList(body.note(), body.signatureMeaning()));
  }

  @PostMapping("/maintenance-activities")
  @Operation(summary = "Record a maintenance activity after hand-over (the manager)")
  ResponseEntity<WriteAnswer> recordMaintenanceActivity(
      @PathVariable UUID projectId, @Valid @RequestBody MaintenanceActivityRequest body) {
    UUID id = body.activityId() != null ? body.activityId() : UUID.randomUUID();
    return commands.execute(
        Answer.created(
            projectId, id, "/api/projects/" + projectId + "/maintenance-activities/" + id),
        new RecordMaintenanceActivity(
            projectId,
            id,
            body.kind(),
            body.performedOn(),
            body.description(),
            body.outcome(),
            body.budgetLineId(),
            body.cost()),
        null,
        body);
  }
}
