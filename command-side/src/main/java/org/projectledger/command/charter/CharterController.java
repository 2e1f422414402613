package org.projectledger.command.charter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.Tolerances;
import org.projectledger.command.write.Answer;
import org.projectledger.command.write.Commands;
import org.projectledger.command.write.WriteAnswer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Charters projects: the first write of every project. */
@RestController
@Tag(name = "Charter")
class CharterController {

  private final Commands commands;

  CharterController(Commands commands) {
    this.commands = commands;
  }

  @PostMapping(path = "/api/projects", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Charter a project (PMO)")
  ResponseEntity<WriteAnswer> charter(@Valid @RequestBody CharterRequest request) {
    UUID projectId = request.projectId() != null ? request.projectId() : UUID.randomUUID();
    CharterProject command =
        new CharterProject(
            projectId,
            request.code(),
            request.name(),
            request.sponsor(),
            request.manager(),
            request.currency(),
            request.plannedStart(),
            request.plannedFinish(),
            new Tolerances(request.tolerances().scheduleDays(), request.tolerances().costPercent()),
            request.calendar() == null ? null : request.calendar().toCalendar());
    return commands.execute(
        Answer.created(projectId, projectId, "/api/projects/" + projectId), command, null, request);
  }
}
