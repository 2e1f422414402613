package org.projectledger.command.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.projectledger.api.imports.AdmitImport;
import org.projectledger.api.imports.ImportPlan;
import org.projectledger.api.imports.ImportReport;
import org.projectledger.command.write.Answer;
import org.projectledger.command.write.Commands;
import org.projectledger.command.write.WriteAnswer;
import org.projectledger.platform.BusinessDates;
import org.projectledger.platform.web.InvalidRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a plan file into a project (the manager): Microsoft Project, Primavera P6 or CSV, or one
 * of them zipped, as a multipart upload in the part {@code file} of at most 1 MB. The project and
 * the caller are checked before the file is read; the file is recognised by its first bytes ({@link
 * PlanUpload}). All or nothing: 201 with the report when every row is accepted, 422 {@code
 * IMPORT_REFUSED} naming every refused row otherwise. With {@code dryRun=true}, 200 with what would
 * be created and refused, and nothing recorded. A newer version of a plan already imported updates
 * it (matched by {@code sourceId}): 201 with what changed, or 200 when nothing did.
 */
@RestController
@Tag(name = "Imports and exports")
class ImportController {

  /** The answer of an import: the write's answer and the report. */
  record Imported(UUID projectId, long version, ImportReport report) {}

  /** What an idempotent replay of an import is recognised by: the file's digest and the mode. */
  record Fingerprint(String fileName, String sha256) {}

  private final Commands commands;
  private final BusinessDates dates;

  ImportController(Commands commands, BusinessDates dates) {
    this.commands = commands;
    this.dates = dates;
  }

  @PostMapping(
      path = "/api/projects/{projectId}/imports",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Import a plan from Microsoft Project (.mpp, MSPDI .xml), Primavera P6 (.xer, PMXML) or CSV (the manager); ?dryRun=true records nothing")
  ResponseEntity<?> importPlan(
      @PathVariable UUID projectId,
      @RequestPart("file") MultipartFile file,
      @Parameter(description = "Answer what would be imported, and record nothing")
          @RequestParam(defaultValue = "false")
          boolean dryRun) {
    if (file.isEmpty()) {
      throw new InvalidRequest("file", "must be a non-empty plan file");
    }
    String fileName =
        file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
            ? "upload"
            : file.getOriginalFilename().replaceAll("[\\p{Cntrl}]", "");
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The project and the caller's part first: nothing of the file is read for a project that
    // does not exist or a caller who may not import into it.
    commands.ask(new AdmitImport(projectId));
    ImportPlan command =
        PlanFiles.read(projectId, PlanUpload.recognise(fileName, bytes), dryRun, dates.today());
    if (dryRun) {
      return ResponseEntity.ok((ImportReport) commands.ask(command));
    }
    Commands.Sent sent =
        commands.send(
            Answer.created(projectId, null, "/api/projects/" + projectId + "/schedule"),
            command,
            null,
            new Fingerprint(fileName, command.source().sha256()));
    ResponseEntity<WriteAnswer> answer = sent.answer();
    ImportReport report = (ImportReport) sent.result();
    // A plan already imported, unchanged: nothing was created, so 200, not 201.
    boolean nothing = report != null && !report.changesAnything();
    return ResponseEntity.status(
            nothing ? org.springframework.http.HttpStatus.OK : answer.getStatusCode())
        .headers(answer.getHeaders())
        .body(
            new Imported(
                projectId, answer.getBody() == null ? -1 : answer.getBody().version(), report));
  }
}
