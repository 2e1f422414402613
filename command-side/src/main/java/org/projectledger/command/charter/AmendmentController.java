package org.projectledger.command.charter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.charter.AmendCharter;
import org.projectledger.api.charter.ProjectRole;
import org.projectledger.api.charter.ReassignProjectRole;
import org.projectledger.api.charter.Tolerances;
import org.projectledger.command.charter.CharterRequest.TolerancesBody;
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

/**
 * Amendments of a charter, signed acts (DOMAIN.md, second edition): the sponsor amends the name,
 * the dates or the tolerances; the PMO hands the manager's or the sponsor's part to another user.
 */
@RestController
@RequestMapping(path = "/api/projects/{projectId}", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Charter")
class AmendmentController {

  /** Any of name, dates and tolerances; what is absent stays as it is. */
  record AmendCharterRequest(
      @Size(max = 200) String name,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      @Valid TolerancesBody tolerances,
      @NotBlank @Size(max = 2000) String reason,
      @NotNull SignatureMeaning signatureMeaning,
      @Size(max = 200) String password) {}

  record ReassignProjectRoleRequest(
      @NotNull ProjectRole role,
      @NotBlank @Size(max = 100) String to,
      @NotBlank @Size(max = 2000) String reason,
      @NotNull SignatureMeaning signatureMeaning,
      @Size(max = 200) String password) {}

  private final Commands commands;
  private final Signatures signatures;

  AmendmentController(Commands commands, Signatures signatures) {
    this.commands = commands;
    this.signatures = signatures;
  }

  @PostMapping("/charter-amendments")
  @Operation(summary = "Amend the charter: name, dates, tolerances (the sponsor; a signed act)")
  ResponseEntity<WriteAnswer> amend(
      @PathVariable UUID projectId, @Valid @RequestBody AmendCharterRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new AmendCharter(
            projectId,
            body.name(),
            body.plannedStart(),
            body.plannedFinish(),
            body.tolerances() == null
                ? null
                : new Tolerances(body.tolerances().scheduleDays(), body.tolerances().costPercent()),
            body.reason(),
            signatures.sign(body.password(), body.signatureMeaning(), "AmendCharter")),
        body.reason(),
        // What an idempotent replay is recognised by: never the password.
        Arrays.asList(
            body.name(),
            body.plannedStart(),
            body.plannedFinish(),
            body.tolerances(),
            body.reason(),
            body.signatureMeaning()));
  }

  @PostMapping("/role-reassignments")
  @Operation(summary = "Hand the manager's or sponsor's part to another user (PMO; a signed act)")
  ResponseEntity<WriteAnswer> reassign(
      @PathVariable UUID projectId, @Valid @RequestBody ReassignProjectRoleRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new ReassignProjectRole(
            projectId,
            body.role(),
            body.to(),
            body.reason(),
            signatures.sign(body.password(), body.signatureMeaning(), "ReassignProjectRole")),
        body.reason(),
        Arrays.asList(body.role(), body.to(), body.reason(), body.signatureMeaning()));
  }
}
