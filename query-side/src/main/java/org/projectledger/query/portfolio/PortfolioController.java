package org.projectledger.query.portfolio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.projectledger.api.Actor;
import org.projectledger.api.ProjectState;
import org.projectledger.api.Role;
import org.projectledger.api.portfolio.PortfolioPage;
import org.projectledger.api.portfolio.PortfolioRow;
import org.projectledger.api.portfolio.ProjectView;
import org.projectledger.platform.BusinessDates;
import org.projectledger.platform.security.CurrentActor;
import org.projectledger.platform.web.InvalidRequest;
import org.projectledger.query.consistency.ProjectReadGate;
import org.projectledger.query.consistency.ReadYourWrites;
import org.projectledger.query.project.ProjectFactsAsOf;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio and each project as planned now. */
@RestController
@Validated
@Tag(name = "Portfolio")
class PortfolioController {

  static final String PROJECTION_VERSION = "X-Projection-Version";

  private final PortfolioReads reads;
  private final ReadYourWrites readYourWrites;
  private final ProjectFactsAsOf history;
  private final BusinessDates dates;

  PortfolioController(
      PortfolioReads reads,
      ReadYourWrites readYourWrites,
      ProjectFactsAsOf history,
      BusinessDates dates) {
    this.reads = reads;
    this.readYourWrites = readYourWrites;
    this.history = history;
    this.dates = dates;
  }

  @GetMapping("/api/projects/{projectId}")
  @Operation(summary = "The project as planned now")
  ResponseEntity<?> project(
      @PathVariable UUID projectId,
      @Parameter(description = "Wait up to 2 s for the read model to reach this version")
          @RequestParam(required = false)
          @Min(0)
          Long minVersion,
      @Parameter(description = "Answer as the ledger knew it at this instant (record time)")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    if (minVersion != null) {
      readYourWrites.await(minVersion, () -> reads.version(projectId));
    }
    Optional<ProjectView> view =
        asOf == null
            ? reads.project(projectId, mayReadPersonalData())
            : history
                .of(projectId, asOf)
                .map(facts -> reads.project(projectId, facts, mayReadPersonalData()));
    if (view.isEmpty()) {
      return ProjectReadGate.notFound(projectId);
    }
    return ResponseEntity.ok()
        .header(PROJECTION_VERSION, String.valueOf(view.get().version()))
        .eTag("\"" + view.get().version() + "\"")
        .body(view.get());
  }

  @GetMapping("/api/projects")
  @Operation(
      summary =
          "The portfolio: filter by state, sort, page; figures on statusDate, as known at asOf")
  ResponseEntity<PortfolioPage> portfolio(
      @RequestParam(required = false) ProjectState state,
      @Parameter(
              description =
                  "code, name, state, plannedStart, plannedFinish, manager or sponsor; ',desc' reverses")
          @RequestParam(defaultValue = "code")
          String sort,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
      @Parameter(
              description = "With projectId: wait up to 2 s for that project to reach this version")
          @RequestParam(required = false)
          @Min(0)
          Long minVersion,
      @RequestParam(required = false) UUID projectId,
      @Parameter(
              description = "The day the figures are about (default: the date of asOf, else today)")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate statusDate,
      @Parameter(description = "Answer as the ledger knew it at this instant (record time)")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    String[] sortParts = sort.split(",", 2);
    String column = PortfolioReads.SORTABLE.get(sortParts[0]);
    boolean descending = sortParts.length > 1 && sortParts[1].equalsIgnoreCase("desc");
    if (column == null || (sortParts.length > 1 && !sortParts[1].matches("(?i)asc|desc"))) {
      throw invalid(
          "sort",
          "must be one of "
              + String.join(", ", PortfolioReads.SORTABLE.keySet())
              + ", optionally followed by ,asc or ,desc");
    }
    if (minVersion != null && projectId == null) {
      throw invalid("projectId", "minVersion on the portfolio names the project it waits for");
    }
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
    if (projectId != null) {
      OptionalLong version = versionOf(projectId, minVersion);
      answer.header(PROJECTION_VERSION, String.valueOf(version.orElse(-1)));
    }
    LocalDate date = dates.statusDate(statusDate, asOf);
    if (asOf != null) {
      return answer.body(reads.pageAsOf(state, column, descending, page, size, asOf, date));
    }
    List<PortfolioRow> rows = reads.page(state, column, descending, page, size, date);
    return answer.body(new PortfolioPage(rows, page, size, reads.count(state)));
  }

  /** VIEWER sees portfolio and dashboards but not stakeholders' personal data (API.md). */
  private static boolean mayReadPersonalData() {
    Actor actor = CurrentActor.get();
    return actor.roles().stream().anyMatch(role -> role != Role.VIEWER);
  }

  private OptionalLong versionOf(UUID projectId, Long minVersion) {
    return minVersion == null
        ? reads.version(projectId)
        : readYourWrites.await(minVersion, () -> reads.version(projectId));
  }

  private static InvalidRequest invalid(String field, String message) {
    return new InvalidRequest(field, message);
  }
}
