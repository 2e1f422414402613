package org.projectledger.command.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.budget.OpenBudgetLine;
import org.projectledger.api.budget.ReallocateBudget;
import org.projectledger.api.budget.RecordCost;
import org.projectledger.api.budget.ReverseCost;
import org.projectledger.command.write.Answer;
import org.projectledger.command.write.Commands;
import org.projectledger.command.write.Iso4217;
import org.projectledger.command.write.WriteAnswer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Budget lines, reallocations and actual costs. */
@RestController
@RequestMapping(path = "/api/projects/{projectId}", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Budget")
class BudgetController {

  record OpenBudgetLineRequest(
      UUID budgetLineId,
      @NotNull BudgetCategory category,
      @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 3)
          BigDecimal amount) {}

  record ReallocateBudgetRequest(
      @NotNull UUID fromBudgetLineId,
      @NotNull UUID toBudgetLineId,
      @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 3)
          BigDecimal amount,
      @NotBlank @Size(max = 2000) String reason,
      UUID riskId) {}

  /** {@code currency} is optional: the project's own; another one is refused. */
  record RecordCostRequest(
      UUID costId,
      @NotNull UUID budgetLineId,
      @NotNull UUID workPackageId,
      @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 3)
          BigDecimal amount,
      @Iso4217 String currency,
      @NotNull LocalDate incurredOn,
      @NotBlank @Size(max = 200) String reference,
      @Size(max = 2000) String description) {}

  record ReverseCostRequest(@NotBlank @Size(max = 2000) String reason) {}

  private final Commands commands;

  BudgetController(Commands commands) {
    this.commands = commands;
  }

  @PostMapping("/budget-lines")
  @Operation(summary = "Open a budget line (the manager)")
  ResponseEntity<WriteAnswer> open(
      @PathVariable UUID projectId, @Valid @RequestBody OpenBudgetLineRequest body) {
    UUID id = body.budgetLineId() != null ? body.budgetLineId() : UUID.randomUUID();
    return commands.execute(
        Answer.created(projectId, id, "/api/projects/" + projectId + "/budget-lines/" + id),
        new OpenBudgetLine(projectId, id, body.category(), body.amount()),
        null,
        body);
  }

  @PostMapping("/budget-reallocations")
  @Operation(
      summary =
          "Move budget between two lines (the manager); from a CONTINGENCY line only against a"
              + " named open risk (riskId)")
  ResponseEntity<WriteAnswer> reallocate(
      @PathVariable UUID projectId, @Valid @RequestBody ReallocateBudgetRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new ReallocateBudget(
            projectId,
            body.fromBudgetLineId(),
            body.toBudgetLineId(),
            body.amount(),
            body.reason(),
            body.riskId()),
        body.reason(),
        body);
  }

  @PostMapping("/costs")
  @Operation(summary = "Record an actual cost (the manager); overruns are recorded, never refused")
  ResponseEntity<WriteAnswer> recordCost(
      @PathVariable UUID projectId, @Valid @RequestBody RecordCostRequest body) {
    UUID id = body.costId() != null ? body.costId() : UUID.randomUUID();
    return commands.execute(
        Answer.created(projectId, id, "/api/projects/" + projectId + "/costs/" + id),
        new RecordCost(
            projectId,
            id,
            body.budgetLineId(),
            body.workPackageId(),
            body.amount(),
            body.currency(),
            body.incurredOn(),
            body.reference(),
            body.description()),
        null,
        body);
  }

  @PostMapping("/costs/{costId}/reversal")
  @Operation(
      summary =
          "Reverse a cost recorded in error (the manager): it leaves the actuals from now on, the"
              + " recorded cost stays in history")
  ResponseEntity<WriteAnswer> reverseCost(
      @PathVariable UUID projectId,
      @PathVariable UUID costId,
      @Valid @RequestBody ReverseCostRequest body) {
    return commands.execute(
        Answer.updated(projectId),
        new ReverseCost(projectId, costId, body.reason()),
        body.reason(),
        body);
  }
}
