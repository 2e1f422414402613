package org.projectledger.query.portfolio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
          "The portfolio: filter by state, text and exceptions, sort by any column, page by cursor;"
              + " figures on statusDate, as known at asOf")
  ResponseEntity<PortfolioPage> portfolio(
      @RequestParam(required = false) ProjectState state,
      @Parameter(description = "Only projects whose code or name holds this text (any case)")
          @RequestParam(required = false)
          @Size(max = 200)
          String q,
      @Parameter(
              description =
                  "Only exceptions: a tolerance breached, change requests waiting or a red RAG")
          @RequestParam(defaultValue = "false")
          boolean exceptions,
      @Parameter(
              description =
                  "code, name, state, plannedStart, plannedFinish, manager, sponsor, rag, bac, ac,"
                      + " eac, cpi, spi, nextMilestoneDue, openChangeRequests or exceptions;"
                      + " ',desc' reverses; figures not there yet come last")
          @RequestParam(defaultValue = "code")
          String sort,
      @Parameter(description = "Where the page starts: nextCursor of the page before")
          @RequestParam(required = false)
          @Size(max = 1000)
          String cursor,
      @Parameter(description = "Offset paging, page by page (with cursor, 0 only)")
          @RequestParam(defaultValue = "0")
          @Min(0)
          @Max(1_000_000)
          int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
      @Parameter(description = "Also count every matching project (total): a pass over them all")
          @RequestParam(defaultValue = "false")
          boolean count,
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
    PortfolioOrder order = PortfolioOrder.of(sort);
    if (cursor != null && page != 0) {
      throw invalid("page", "a page starts either after a cursor or at a page number, not both");
    }
    PortfolioReads.Start start =
        new PortfolioReads.Start(cursor == null ? null : order.read(cursor), (long) page * size);
    String text = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
    PortfolioReads.Filter filter = new PortfolioReads.Filter(state, text, exceptions);
    if (minVersion != null && projectId == null) {
      throw invalid("projectId", "minVersion on the portfolio names the project it waits for");
    }
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
    if (projectId != null) {
      OptionalLong version = versionOf(projectId, minVersion);
      answer.header(PROJECTION_VERSION, String.valueOf(version.orElse(-1)));
    }
    LocalDate date = dates.statusDate(statusDate, asOf);
    List<PortfolioRow> rows =
        asOf != null
            ? reads.pageAsOf(filter, order, start, size, asOf, date)
            : reads.page(filter, order, start, size, date);
    String next = rows.size() > size ? order.cursorAfter(rows.get(size - 1)) : null;
    Long total = null;
    if (count) {
      total = asOf != null ? reads.countAsOf(filter, asOf, date) : reads.count(filter, date);
    }
    return answer.body(
        new PortfolioPage(rows.subList(0, Math.min(size, rows.size())), page, size, total, next));
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
