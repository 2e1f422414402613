package org.projectledger.command.changecontrol;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.baselines.SetBaseline;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.changecontrol.ApproveChangeRequest;
import org.projectledger.api.changecontrol.ChangeType;
import org.projectledger.api.changecontrol.ProposedChange;
import org.projectledger.api.changecontrol.RaiseChangeRequest;
import org.projectledger.api.changecontrol.RejectChangeRequest;
import org.projectledger.api.changecontrol.WithdrawChangeRequest;
import org.projectledger.api.lifecycle.CloseProject;
import org.projectledger.command.schedule.CalendarBody;
import org.projectledger.command.schedule.LinkRequest;
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
 * Baselines, change control and closure: the sponsor's and the PMO's signed acts, and the manager's
 * change requests. Each signed act re-checks the signer's password before the command is sent; the
 * password goes no further.
 */
@RestController
@RequestMapping(path = "/api/projects/{projectId}", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Baselines, change control and closure")
class ChangeControlController {

  record SetBaselineRequest(
      @NotBlank @Size(max = 2000) String reason,
      @NotNull SignatureMeaning signatureMeaning,
      @Size(max = 200) String password) {}

  record ProposedChangeBody(
      @NotNull ChangeType type,
      UUID workPackageId,
      UUID milestoneId,
      UUID budgetLineId,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      LocalDate dueDate,
      @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal plannedCost,
      @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 3)
          BigDecimal amount,
      BudgetCategory category,
      UUID itemId,
      @Size(max = 100) List<@NotNull UUID> dependsOn,
      @Size(max = 100) List<@NotNull @Valid LinkRequest> links,
      @Size(max = 7) List<@NotNull DayOfWeek> workingDays,
      @Size(max = 1000) List<@NotNull LocalDate> nonWorkingDates) {

    /**
     * {@code links} stands for {@code dependsOn} (third edition), never both; {@code workingDays}
     * and {@code nonWorkingDates} (optional) are a CHANGE_CALENDAR's new calendar.
     */
    @AssertTrue(message = "must carry the fields its type needs and no others")
    boolean isComplete() {
      return type == null
          || !(dependsOn != null && links != null)
              && !(nonWorkingDates != null && workingDays == null)
              && ProposedChange.given(
                      workPackageId,
                      milestoneId,
                      budgetLineId,
                      plannedStart,
                      plannedFinish,
                      dueDate,
                      plannedCost,
                      amount,
                      category,
                      itemId,
                      links != null ? links : dependsOn,
                      workingDays)
                  .equals(type.fields());
    }

    ProposedChange toChange() {
      if (type == ChangeType.CHANGE_DEPENDENCIES) {
        return ProposedChange.changeLinks(itemId, LinkRequest.of(dependsOn, links));
      }
      if (type == ChangeType.CHANGE_CALENDAR) {
        return ProposedChange.changeCalendar(
            new CalendarBody(workingDays, nonWorkingDates).toCalendar());
      }
      return new ProposedChange(
          type,
          workPackageId,
          milestoneId,
          budgetLineId,
          plannedStart,
          plannedFinish,
          dueDate,
          plannedCost,
          amount,
          category,
          itemId,
          dependsOn);
    }
  }

  record RaiseChangeRequestRequest(
      UUID changeRequestId,
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 4000) String justification,
      @NotEmpty @Size(max = 100) List<@NotNull @Valid ProposedChangeBody> proposedChanges,
      UUID issueId) {}

  record DecisionRequest(
      @NotNull SignatureMeaning signatureMeaning,
      @Size(max = 200) String password,
      @Size(max = 2000) String comment) {}

  record WithdrawRequest(@NotBlank @Size(max = 2000) String reason) {}

  record CloseProjectRequest(
      @NotBlank @Size(max = 4000) String closureNote,
      @NotNull SignatureMeaning signatureMeaning,
      @Size(max = 200) String password) {}

  private final Commands commands;
  private final Signatures signatures;

  ChangeControlController(Commands commands, Signatures signatures) {
    this.commands = commands;
    this.signatures = signatures;
  }

  @PostMapping("/baselines")
  @Operation(summary = "Set the next baseline (the project's sponsor; a signed act)")
  ResponseEntity<WriteAnswer> setBaseline(
      @PathVariable UUID projectId, @Valid @RequestBody SetBaselineRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new SetBaseline(
            projectId,
            body.reason(),
            signatures.sign(body.password(), body.signatureMeaning(), "SetBaseline")),
        body.reason(),
        withoutPassword(body.reason(), body.signatureMeaning()));
  }

  @PostMapping("/change-requests")
  @Operation(summary = "Raise a change request (the manager)")
  ResponseEntity<WriteAnswer> raise(
      @PathVariable UUID projectId, @Valid @RequestBody RaiseChangeRequestRequest body) {
    UUID id = body.changeRequestId() != null ? body.changeRequestId() : UUID.randomUUID();
    return commands.execute(
        Answer.created(projectId, id, "/api/projects/" + projectId + "/change-requests/" + id),
        new RaiseChangeRequest(
            projectId,
            id,
            body.title(),
            body.justification(),
            body.proposedChanges().stream().map(ProposedChangeBody::toChange).toList(),
            body.issueId()),
        null,
        body);
  }

  @PostMapping("/change-requests/{changeRequestId}/approval")
  @Operation(summary = "Approve a change request (the sponsor, not its requester; a signed act)")
  ResponseEntity<WriteAnswer> approve(
      @PathVariable UUID projectId,
      @PathVariable UUID changeRequestId,
      @Valid @RequestBody DecisionRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new ApproveChangeRequest(
            projectId,
            changeRequestId,
            body.comment(),
            signatures.sign(body.password(), body.signatureMeaning(), "ApproveChangeRequest")),
        body.comment(),
        withoutPassword(body.comment(), body.signatureMeaning()));
  }

  @PostMapping("/change-requests/{changeRequestId}/rejection")
  @Operation(summary = "Reject a change request (the sponsor, not its requester; a signed act)")
  ResponseEntity<WriteAnswer> reject(
      @PathVariable UUID projectId,
      @PathVariable UUID changeRequestId,
      @Valid @RequestBody DecisionRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new RejectChangeRequest(
            projectId,
            changeRequestId,
            body.comment(),
            signatures.sign(body.password(), body.signatureMeaning(), "RejectChangeRequest")),
        body.comment(),
        withoutPassword(body.comment(), body.signatureMeaning()));
  }

  @PostMapping("/change-requests/{changeRequestId}/withdrawal")
  @Operation(summary = "Withdraw an open change request (the manager)")
  ResponseEntity<WriteAnswer> withdraw(
      @PathVariable UUID projectId,
      @PathVariable UUID changeRequestId,
      @Valid @RequestBody WithdrawRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new WithdrawChangeRequest(projectId, changeRequestId, body.reason()),
        body.reason(),
        body);
  }

  @PostMapping("/closure")
  @Operation(summary = "Close the project (PMO; a signed act)")
  ResponseEntity<WriteAnswer> close(
      @PathVariable UUID projectId, @Valid @RequestBody CloseProjectRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new CloseProject(
            projectId,
            body.closureNote(),
            signatures.sign(body.password(), body.signatureMeaning(), "CloseProject")),
        body.closureNote(),
        withoutPassword(body.closureNote(), body.signatureMeaning()));
  }

  /** What an idempotent replay is recognised by: never the password. */
  private static List<Object> withoutPassword(String text, SignatureMeaning meaning) {
    return java.util.Arrays.asList(text, meaning);
  }
}
