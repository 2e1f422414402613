package org.projectledger.command.stakeholders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.communications.Channel;
import org.projectledger.api.communications.Frequency;
import org.projectledger.api.communications.SetCommunicationPlan;
import org.projectledger.api.stakeholders.ForgetStakeholder;
import org.projectledger.api.stakeholders.Interest;
import org.projectledger.api.stakeholders.PersonalData;
import org.projectledger.api.stakeholders.RegisterStakeholder;
import org.projectledger.api.stakeholders.UpdateStakeholderInterests;
import org.projectledger.command.write.Answer;
import org.projectledger.command.write.Commands;
import org.projectledger.command.write.WriteAnswer;
import org.projectledger.platform.privacy.PersonalDataVault;
import org.projectledger.platform.web.InvalidRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stakeholders of a project. Name and e-mail are sealed under the stakeholder's own key before the
 * command is sent: in the clear they reach neither an event nor a log.
 */
@RestController
@RequestMapping(
    path = "/api/projects/{projectId}/stakeholders",
    consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Stakeholders")
class StakeholderController {

  record RegisterStakeholderRequest(
      UUID stakeholderId,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Email @Size(max = 320) String email,
      @NotBlank @Size(max = 100) String role,
      @NotNull @Size(max = 6) Set<@NotNull Interest> interests,
      @Size(max = 200) String organisation) {}

  record ForgetRequest(@NotBlank @Size(max = 2000) String reason) {}

  record UpdateInterestsRequest(
      @NotNull @Size(max = 6) Set<@NotNull Interest> interests,
      @NotBlank @Size(max = 2000) String reason) {}

  record CommunicationPlanRequest(
      @NotNull Channel channel,
      @NotBlank @Size(max = 2000) String address,
      @NotNull Frequency frequency) {}

  private final Commands commands;
  private final PersonalDataVault vault;

  StakeholderController(Commands commands, PersonalDataVault vault) {
    this.commands = commands;
    this.vault = vault;
  }

  @PostMapping
  @Operation(summary = "Register a stakeholder (PMO)")
  ResponseEntity<WriteAnswer> register(
      @PathVariable UUID projectId, @Valid @RequestBody RegisterStakeholderRequest body) {
    UUID id = body.stakeholderId() != null ? body.stakeholderId() : UUID.randomUUID();
    return commands.execute(
        Answer.created(projectId, id, "/api/projects/" + projectId + "/stakeholders/" + id),
        new RegisterStakeholder(
            projectId,
            id,
            vault.seal(id, new PersonalData(body.name(), body.email())),
            body.role(),
            body.interests(),
            body.organisation()),
        null,
        body);
  }

  /**
   * A DELETE never needs a body (API.md, second edition): the reason comes as {@code ?reason=} or
   * in an optional JSON body; one of them is required, and two that differ are refused.
   */
  @DeleteMapping("/{stakeholderId}/personal-data")
  @Operation(summary = "Forget a stakeholder: destroy their personal-data key (PMO)")
  ResponseEntity<WriteAnswer> forget(
      @PathVariable UUID projectId,
      @PathVariable UUID stakeholderId,
      @RequestParam(required = false) @Size(max = 2000) String reason,
      @Valid @RequestBody(required = false) ForgetRequest body) {
    String given = body != null && body.reason() != null ? body.reason() : reason;
    if (body != null && body.reason() != null && reason != null && !reason.equals(body.reason())) {
      throw new InvalidRequest("reason", "give the reason once: as ?reason= or in the body");
    }
    if (given == null || given.isBlank()) {
      throw new InvalidRequest("reason", "is required, as ?reason= or in the body");
    }
    ForgetRequest request = new ForgetRequest(given);
    return commands.execute(
        Answer.updated(projectId),
        new ForgetStakeholder(projectId, stakeholderId, given),
        given,
        request);
  }

  @PutMapping("/{stakeholderId}/interests")
  @Operation(summary = "Change a stakeholder's interests (PMO or the project's manager)")
  ResponseEntity<WriteAnswer> updateInterests(
      @PathVariable UUID projectId,
      @PathVariable UUID stakeholderId,
      @Valid @RequestBody UpdateInterestsRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new UpdateStakeholderInterests(projectId, stakeholderId, body.interests(), body.reason()),
        body.reason(),
        body);
  }

  @PutMapping("/{stakeholderId}/communication-plan")
  @Operation(
      summary =
          "Set how a stakeholder is told: e-mail or webhook, on each event or weekly (manager)")
  ResponseEntity<WriteAnswer> setCommunicationPlan(
      @PathVariable UUID projectId,
      @PathVariable UUID stakeholderId,
      @Valid @RequestBody CommunicationPlanRequest body) {
    CommunicationAddresses.requireValid(body.channel(), body.address());
    var sealed =
        vault
            .sealText(stakeholderId, body.address())
            .orElseThrow(
                () ->
                    vault.wasShredded(stakeholderId)
                        ? new LedgerException(
                            ErrorCode.STAKEHOLDER_FORGOTTEN,
                            "The stakeholder was forgotten: nothing more is sent to them")
                        : new LedgerException(
                            ErrorCode.NOT_FOUND, "No stakeholder with id " + stakeholderId));
    return commands.execute(
        Answer.updated(projectId),
        new SetCommunicationPlan(
            projectId, stakeholderId, body.channel(), sealed, body.frequency()),
        null,
        body);
  }
}
