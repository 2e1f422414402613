package org.projectledger.command.registers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.issues.CloseIssue;
import org.projectledger.api.issues.IssueLevel;
import org.projectledger.api.issues.IssueType;
import org.projectledger.api.issues.RaiseIssue;
import org.projectledger.api.issues.ResolveIssue;
import org.projectledger.api.lessons.LessonAdvice;
import org.projectledger.api.lessons.LessonCategory;
import org.projectledger.api.lessons.LogLesson;
import org.projectledger.api.quality.AcceptDeliverable;
import org.projectledger.api.quality.RejectDeliverable;
import org.projectledger.api.quality.SetAcceptanceCriteria;
import org.projectledger.api.quality.SubmitDeliverable;
import org.projectledger.api.quality.WaiveAcceptance;
import org.projectledger.api.schedule.AssignWorkPackageOwner;
import org.projectledger.command.write.Answer;
import org.projectledger.command.write.Commands;
import org.projectledger.command.write.Signatures;
import org.projectledger.command.write.WriteAnswer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Execution's registers: the issue register, work package owners, deliverables and their acceptance
 * (signed acts, meaning APPROVAL, that re-check the signer's password), and lessons.
 */
@RestController
@RequestMapping(path = "/api/projects/{projectId}", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Issues, deliverables, owners and lessons")
class RegistersController {

  record RaiseIssueRequest(
      UUID issueId,
      @NotNull IssueType type,
      @NotBlank @Size(max = 200) String title,
      @Size(max = 4000) String description,
      @NotNull IssueLevel priority,
      @NotNull IssueLevel severity,
      @NotBlank @Size(max = 100) String owner) {}

  record ResolutionRequest(@NotBlank @Size(max = 2000) String resolution) {}

  record OwnerRequest(@NotBlank @Size(max = 100) String owner) {}

  record CriteriaRequest(
      @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 500) String> criteria,
      @NotBlank @Size(max = 100) String acceptor) {}

  record SubmissionRequest(@NotBlank @Size(max = 2000) String note) {}

  /** An acceptance: the acceptor's password re-checked, an optional comment. */
  record AcceptanceRequest(@Size(max = 200) String password, @Size(max = 2000) String comment) {}

  /** A rejection or a waiver: the signer's password re-checked, and why. */
  record SignedReasonRequest(
      @Size(max = 200) String password, @NotBlank @Size(max = 2000) String reason) {}

  record LessonRequest(
      UUID lessonId,
      @NotNull LessonCategory category,
      @NotBlank @Size(max = 4000) String whatHappened,
      @NotNull LessonAdvice advice,
      @NotBlank @Size(max = 4000) String recommendation) {}

  private final Commands commands;
  private final Signatures signatures;

  RegistersController(Commands commands, Signatures signatures) {
    this.commands = commands;
    this.signatures = signatures;
  }

  @PostMapping("/issues")
  @Operation(
      summary =
          "Raise an issue (the PMO, the manager, the sponsor or a work package's owner), naming its"
              + " owner")
  ResponseEntity<WriteAnswer> raiseIssue(
      @PathVariable UUID projectId, @Valid @RequestBody RaiseIssueRequest body) {
    UUID id = body.issueId() != null ? body.issueId() : UUID.randomUUID();
    return commands.execute(
        Answer.created(projectId, id, "/api/projects/" + projectId + "/registers#issue-" + id),
        new RaiseIssue(
            projectId,
            id,
            body.type(),
            body.title(),
            body.description(),
            body.priority(),
            body.severity(),
            body.owner()),
        null,
        body);
  }

  @PostMapping("/issues/{issueId}/resolution")
  @Operation(summary = "Resolve an open issue (the manager or the issue's owner)")
  ResponseEntity<WriteAnswer> resolveIssue(
      @PathVariable UUID projectId,
      @PathVariable UUID issueId,
      @Valid @RequestBody ResolutionRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new ResolveIssue(projectId, issueId, body.resolution()),
        body.resolution(),
        body);
  }

  @PostMapping("/issues/{issueId}/closure")
  @Operation(summary = "Close an open or resolved issue (the manager)")
  ResponseEntity<WriteAnswer> closeIssue(
      @PathVariable UUID projectId,
      @PathVariable UUID issueId,
      @Valid @RequestBody ResolutionRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new CloseIssue(projectId, issueId, body.resolution()),
        body.resolution(),
        body);
  }

  @PutMapping("/work-packages/{workPackageId}/owner")
  @Operation(
      summary = "Name a work package's owner, who may then report its progress (the manager)")
  ResponseEntity<WriteAnswer> assignOwner(
      @PathVariable UUID projectId,
      @PathVariable UUID workPackageId,
      @Valid @RequestBody OwnerRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new AssignWorkPackageOwner(projectId, workPackageId, body.owner()),
        null,
        body);
  }

  @PutMapping("/work-packages/{workPackageId}/acceptance-criteria")
  @Operation(
      summary =
          "Name a deliverable's acceptance criteria and its acceptor, a SPONSOR or PMO user (the"
              + " manager)")
  ResponseEntity<WriteAnswer> setCriteria(
      @PathVariable UUID projectId,
      @PathVariable UUID workPackageId,
      @Valid @RequestBody CriteriaRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new SetAcceptanceCriteria(projectId, workPackageId, body.criteria(), body.acceptor()),
        null,
        body);
  }

  @PostMapping("/work-packages/{workPackageId}/deliverable/submission")
  @Operation(summary = "Submit a deliverable for acceptance (the manager or the owner)")
  ResponseEntity<WriteAnswer> submitDeliverable(
      @PathVariable UUID projectId,
      @PathVariable UUID workPackageId,
      @Valid @RequestBody SubmissionRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new SubmitDeliverable(projectId, workPackageId, body.note()),
        null,
        body);
  }

  @PostMapping("/work-packages/{workPackageId}/deliverable/acceptance")
  @Operation(
      summary =
          "Accept a submitted deliverable (its acceptor, never its submitter; a signed act, meaning"
              + " APPROVAL)")
  ResponseEntity<WriteAnswer> acceptDeliverable(
      @PathVariable UUID projectId,
      @PathVariable UUID workPackageId,
      @Valid @RequestBody AcceptanceRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new AcceptDeliverable(
            projectId,
            workPackageId,
            body.comment(),
            signatures.sign(body.password(), SignatureMeaning.APPROVAL, "AcceptDeliverable")),
        body.comment(),
        java.util.Arrays.asList(body.comment()));
  }

  @PostMapping("/work-packages/{workPackageId}/deliverable/rejection")
  @Operation(
      summary =
          "Reject a submitted deliverable (its acceptor, never its submitter; a signed act, meaning"
              + " APPROVAL)")
  ResponseEntity<WriteAnswer> rejectDeliverable(
      @PathVariable UUID projectId,
      @PathVariable UUID workPackageId,
      @Valid @RequestBody SignedReasonRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new RejectDeliverable(
            projectId,
            workPackageId,
            body.reason(),
            signatures.sign(body.password(), SignatureMeaning.APPROVAL, "RejectDeliverable")),
        body.reason(),
        List.of(body.reason()));
  }

  @PostMapping("/work-packages/{workPackageId}/deliverable/waiver")
  @Operation(
      summary =
          "Waive a deliverable's acceptance (the sponsor; a signed act, meaning APPROVAL, with a"
              + " reason)")
  ResponseEntity<WriteAnswer> waiveAcceptance(
      @PathVariable UUID projectId,
      @PathVariable UUID workPackageId,
      @Valid @RequestBody SignedReasonRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new WaiveAcceptance(
            projectId,
            workPackageId,
            body.reason(),
            signatures.sign(body.password(), SignatureMeaning.APPROVAL, "WaiveAcceptance")),
        body.reason(),
        List.of(body.reason()));
  }

  @PostMapping("/lessons")
  @Operation(
      summary =
          "Log a lesson, at any time, closure included (the PMO, the manager, the sponsor or a work"
              + " package's owner)")
  ResponseEntity<WriteAnswer> logLesson(
      @PathVariable UUID projectId, @Valid @RequestBody LessonRequest body) {
    UUID id = body.lessonId() != null ? body.lessonId() : UUID.randomUUID();
    return commands.execute(
        Answer.created(projectId, id, "/api/projects/" + projectId + "/registers#lesson-" + id),
        new LogLesson(
            projectId,
            id,
            body.category(),
            body.whatHappened(),
            body.advice(),
            body.recommendation()),
        null,
        body);
  }
}
