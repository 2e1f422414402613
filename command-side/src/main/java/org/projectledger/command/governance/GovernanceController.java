package org.projectledger.command.governance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.decisions.RecordDecision;
import org.projectledger.api.risks.CloseRisk;
import org.projectledger.api.risks.LogRisk;
import org.projectledger.api.risks.PlanRiskResponse;
import org.projectledger.api.risks.ReassessRisk;
import org.projectledger.api.risks.RiskKind;
import org.projectledger.api.risks.RiskStrategy;
import org.projectledger.api.status.PublishStatusReport;
import org.projectledger.api.status.Rag;
import org.projectledger.command.write.Answer;
import org.projectledger.command.write.Commands;
import org.projectledger.command.write.WriteAnswer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The manager's governance records: risks, decisions and status reports. */
@RestController
@RequestMapping(path = "/api/projects/{projectId}", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Risks, decisions and status")
class GovernanceController {

  record LogRiskRequest(
      UUID riskId,
      @NotBlank @Size(max = 200) String title,
      @NotNull @Min(1) @Max(5) Integer probability,
      @NotNull @Min(1) @Max(5) Integer impact,
      @NotBlank @Size(max = 100) String owner,
      @Size(max = 2000) String mitigation,
      RiskKind kind) {}

  record RiskResponseRequest(
      @NotNull RiskStrategy strategy,
      @NotBlank @Size(max = 100) String owner,
      @NotNull LocalDate proximity,
      @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 3) BigDecimal costImpact,
      @NotBlank @Size(max = 2000) String response) {}

  record ReassessRiskRequest(
      @NotNull @Min(1) @Max(5) Integer probability,
      @NotNull @Min(1) @Max(5) Integer impact,
      @NotBlank @Size(max = 2000) String reason) {}

  record CloseRiskRequest(@NotBlank @Size(max = 2000) String reason) {}

  record RecordDecisionRequest(
      UUID decisionId,
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 4000) String rationale,
      @Size(max = 50) List<@NotBlank @Size(max = 500) String> alternativesConsidered) {}

  record PublishStatusReportRequest(
      @NotNull Rag rag,
      @NotBlank @Size(max = 4000) String summary,
      @NotNull LocalDate statusDate) {}

  private final Commands commands;

  GovernanceController(Commands commands) {
    this.commands = commands;
  }

  @PostMapping("/risks")
  @Operation(summary = "Log a risk (the manager)")
  ResponseEntity<WriteAnswer> logRisk(
      @PathVariable UUID projectId, @Valid @RequestBody LogRiskRequest body) {
    UUID id = body.riskId() != null ? body.riskId() : UUID.randomUUID();
    return commands.execute(
        Answer.created(projectId, id, "/api/projects/" + projectId + "/risks/" + id),
        new LogRisk(
            projectId,
            id,
            body.title(),
            body.probability(),
            body.impact(),
            body.owner(),
            body.mitigation(),
            body.kind()),
        null,
        body);
  }

  @PostMapping("/risks/{riskId}/response")
  @Operation(
      summary =
          "Plan an open risk's response: strategy, owner, proximity, cost impact (the manager)")
  ResponseEntity<WriteAnswer> planResponse(
      @PathVariable UUID projectId,
      @PathVariable UUID riskId,
      @Valid @RequestBody RiskResponseRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new PlanRiskResponse(
            projectId,
            riskId,
            body.strategy(),
            body.owner(),
            body.proximity(),
            body.costImpact(),
            body.response()),
        null,
        body);
  }

  @PostMapping("/risks/{riskId}/reassessment")
  @Operation(summary = "Reassess an open risk (the manager)")
  ResponseEntity<WriteAnswer> reassessRisk(
      @PathVariable UUID projectId,
      @PathVariable UUID riskId,
      @Valid @RequestBody ReassessRiskRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new ReassessRisk(projectId, riskId, body.probability(), body.impact(), body.reason()),
        body.reason(),
        body);
  }

  @PostMapping("/risks/{riskId}/closure")
  @Operation(summary = "Close a risk (the manager)")
  ResponseEntity<WriteAnswer> closeRisk(
      @PathVariable UUID projectId,
      @PathVariable UUID riskId,
      @Valid @RequestBody CloseRiskRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new CloseRisk(projectId, riskId, body.reason()),
        body.reason(),
        body);
  }

  @PostMapping("/decisions")
  @Operation(summary = "Record a decision (the manager)")
  ResponseEntity<WriteAnswer> recordDecision(
      @PathVariable UUID projectId, @Valid @RequestBody RecordDecisionRequest body) {
    UUID id = body.decisionId() != null ? body.decisionId() : UUID.randomUUID();
    return commands.execute(
        Answer.created(projectId, id, "/api/projects/" + projectId + "/decisions/" + id),
        new RecordDecision(
            projectId,
            id,
            body.title(),
            body.rationale(),
            body.alternativesConsidered() == null ? List.of() : body.alternativesConsidered()),
        null,
        body);
  }

  @PostMapping("/status-reports")
  @Operation(summary = "Publish a status report (the manager)")
  ResponseEntity<WriteAnswer> publishStatusReport(
      @PathVariable UUID projectId, @Valid @RequestBody PublishStatusReportRequest body) {
    UUID id = UUID.randomUUID();
    return commands.execute(
        Answer.created(projectId, id, "/api/projects/" + projectId + "/status-reports/" + id),
        new PublishStatusReport(projectId, id, body.rag(), body.summary(), body.statusDate()),
        null,
        body);
  }
}
