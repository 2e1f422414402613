package org.projectledger.query.exports;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.dashboard.DashboardView;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.LinkType;
import org.projectledger.api.schedule.ScheduleView;
import org.projectledger.platform.BusinessDates;
import org.projectledger.platform.web.SpreadsheetCells;
import org.projectledger.query.audit.AuditTrailReaders;
import org.projectledger.query.consistency.ProjectReadGate;
import org.projectledger.query.dashboard.Dashboards;
import org.projectledger.query.project.ProjectFacts;
import org.projectledger.query.project.ProjectFactsAsOf;
import org.projectledger.query.project.ProjectFactsFromTables;
import org.projectledger.query.project.ProjectPlans.PlannedItem;
import org.projectledger.query.report.EndProjectReport;
import org.projectledger.query.report.EndProjectReportRows;
import org.projectledger.query.report.EndProjectReports;
import org.projectledger.query.schedule.Schedules;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's plan and figures taken out: the schedule with its baseline as MSPDI XML (Microsoft
 * Project and ProjectLibre open it; MPXJ writes it) and as CSV, the earned-value figures and the
 * audit trail as CSV for spreadsheets. Each export says when it was taken ({@code
 * X-Ledger-Taken-At}, the file name, and inside the MSPDI file) and, with {@code asOf}, reproduces
 * the project as the ledger knew it then ({@code X-Ledger-As-Of}). The schedule CSV has the columns
 * the CSV import reads, so a spreadsheet round trip works.
 */
@RestController
@Validated
@Tag(name = "Imports and exports")
class ExportController {

  static final String TAKEN_AT = "X-Ledger-Taken-At";
  static final String AS_OF = "X-Ledger-As-Of";
  private static final MediaType CSV =
      new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
  private static final MediaType MSPDI = MediaType.APPLICATION_XML;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final AuditTrailReaders readers;
  private final ProjectFactsFromTables now;
  private final ProjectFactsAsOf history;
  private final ProjectReadGate gate;
  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final BusinessDates dates;
  private final CsvMapper csv = new CsvMapper();

  private final EndProjectReports reports;

  ExportController(
      ProjectFactsFromTables now,
      ProjectFactsAsOf history,
      ProjectReadGate gate,
      JdbcTemplate jdbc,
      Clock clock,
      BusinessDates dates,
      AuditTrailReaders readers,
      EndProjectReports reports) {
    this.readers = readers;
    this.reports = reports;
    this.now = now;
    this.history = history;
    this.gate = gate;
    this.jdbc = jdbc;
    this.clock = clock;
    this.dates = dates;
  }

  @GetMapping("/api/projects/{projectId}/exports/schedule.xml")
  @Operation(
      summary = "The schedule and its baseline as MSPDI XML (Microsoft Project, ProjectLibre)")
  ResponseEntity<byte[]> scheduleXml(
      @PathVariable UUID projectId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate statusDate,
      @RequestParam(required = false) Long minVersion,
      @Parameter(description = "Reproduce the schedule as the ledger knew it at this instant")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    Instant takenAt = clock.instant();
    ProjectFacts facts = facts(projectId, minVersion, asOf);
    LocalDate date = dates.statusDate(statusDate, asOf);
    ScheduleView schedule = Schedules.of(projectId, facts, date);
    ProjectFile file = new ProjectFile();
    ProjectProperties properties = file.getProjectProperties();
    properties.setProjectTitle(facts.header().name());
    properties.setName(facts.header().code());
    properties.setCurrencyCode(facts.header().currency());
    properties.setStartDate(facts.header().plannedStart().atTime(8, 0));
    properties.setStatusDate(date.atStartOfDay());
    properties.setLastSaved(takenAt.atOffset(ZoneOffset.UTC).toLocalDateTime());
    String provenance =
        "Exported by Project Ledger at %s%s; project version %d; baseline %s"
            .formatted(
                takenAt,
                asOf == null ? "" : ", as the ledger knew it at " + asOf,
                facts.header().version(),
                schedule.baselineNumber() == null ? "none" : schedule.baselineNumber());
    // MSPDI keeps the subject (Microsoft Project shows it under File > Properties).
    properties.setSubject(provenance);
    properties.setComments(provenance);
    ProjectCalendar calendar = file.addDefaultBaseCalendar();
    file.setDefaultCalendar(calendar);
    Map<UUID, Task> tasks = new HashMap<>();
    // The WBS as the tools keep it: each element under its summary task, in the schedule's order.
    for (ScheduleView.Item item : schedule.items()) {
      Task parent = item.parentId() == null ? null : tasks.get(item.parentId());
      Task task = parent == null ? file.addTask() : parent.addTask();
      task.setName(item.name());
      task.setGUID(item.itemId());
      task.setSummary(item.kind() == ItemKind.SUMMARY);
      boolean milestone = item.kind() == ItemKind.MILESTONE;
      task.setMilestone(milestone);
      task.setStart(item.plannedStart().atTime(milestone ? 17 : 8, 0));
      task.setFinish(item.plannedFinish().atTime(17, 0));
      task.setDuration(
          org.mpxj.Duration.getInstance(
              milestone
                  ? 0
                  : ChronoUnit.DAYS.between(item.plannedStart(), item.plannedFinish()) + 1,
              TimeUnit.ELAPSED_DAYS));
      task.setPercentageComplete(item.percentComplete());
      if (item.actualStart() != null) {
        task.setActualStart(item.actualStart().atTime(8, 0));
      }
      if (item.actualFinish() != null) {
        task.setActualFinish(item.actualFinish().atTime(17, 0));
      }
      if (item.plannedCost() != null) {
        task.setCost(item.plannedCost());
      }
      if (item.baselineStart() != null) {
        task.setBaselineStart(item.baselineStart().atTime(milestone ? 17 : 8, 0));
        task.setBaselineFinish(item.baselineFinish().atTime(17, 0));
      }
      BigDecimal baselineCost =
          facts.baseline().containsKey(item.itemId())
              ? facts.baseline().get(item.itemId()).plannedCost()
              : null;
      if (baselineCost != null && !milestone) {
        task.setBaselineCost(baselineCost);
      }
      tasks.put(item.itemId(), task);
    }
    // A cancelled item stays in the record: Microsoft Project's inactive task says the same (kept
    // in the file, out of the schedule), and an import of the file leaves it out again.
    for (PlannedItem item : facts.items()) {
      if (item.cancelled()) {
        Task task = file.addTask();
        task.setName(item.name());
        task.setGUID(item.id());
        boolean milestone = item.isMilestone();
        task.setMilestone(milestone);
        task.setStart(item.start().atTime(milestone ? 17 : 8, 0));
        task.setFinish(item.finish().atTime(17, 0));
        if (!milestone) {
          task.setCost(item.plannedCost());
        }
        task.setPercentageComplete(item.percentComplete());
        task.setActive(false);
      }
    }
    for (ScheduleView.Item item : schedule.items()) {
      for (Link link : item.links()) {
        tasks
            .get(item.itemId())
            .addPredecessor(
                new Relation.Builder()
                    .predecessorTask(tasks.get(link.itemId()))
                    .type(RELATION_TYPES.get(link.type()))
                    .lag(Duration.getInstance(link.lagDays(), TimeUnit.DAYS)));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new MSPDIWriter().write(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return download(facts, "schedule", "xml", MSPDI, takenAt, asOf, out.toByteArray());
  }

  private static final Map<LinkType, RelationType> RELATION_TYPES =
      Map.of(
          LinkType.FS, RelationType.FINISH_START,
          LinkType.SS, RelationType.START_START,
          LinkType.FF, RelationType.FINISH_FINISH,
          LinkType.SF, RelationType.START_FINISH);

  /**
   * The CSV's predecessors as MS Project writes them and the import reads them back: the
   * predecessor's id alone for finish-to-start without lag, else followed by its type and lag in
   * days ({@code <id>SS+2d}, {@code <id>FS-1d}), separated by semicolons.
   */
  private static String predecessors(List<Link> links) {
    return links.stream()
        .map(
            link ->
                link.isPlainFinishToStart()
                    ? link.itemId().toString()
                    : link.itemId()
                        + link.type().name()
                        + (link.lagDays() < 0 ? "-" : "+")
                        + Math.abs(link.lagDays())
                        + "d")
        .collect(Collectors.joining(";"));
  }

  @GetMapping("/api/projects/{projectId}/exports/schedule.csv")
  @Operation(summary = "The schedule and its baseline as CSV (re-importable)")
  ResponseEntity<byte[]> scheduleCsv(
      @PathVariable UUID projectId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate statusDate,
      @RequestParam(required = false) Long minVersion,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    Instant takenAt = clock.instant();
    ProjectFacts facts = facts(projectId, minVersion, asOf);
    LocalDate date = dates.statusDate(statusDate, asOf);
    ScheduleView schedule = Schedules.of(projectId, facts, date);
    List<List<Object>> rows = new ArrayList<>();
    for (ScheduleView.Item item : schedule.items()) {
      if (item.kind() == ItemKind.SUMMARY) {
        continue;
      }
      rows.add(
          Arrays.asList(
              item.itemId(),
              item.name(),
              item.kind() == ItemKind.MILESTONE ? "MILESTONE" : "TASK",
              item.plannedStart(),
              item.plannedFinish(),
              item.plannedCost() == null ? "" : item.plannedCost().toPlainString(),
              predecessors(item.links()),
              item.percentComplete(),
              item.kind() == ItemKind.MILESTONE ? "" : schedule.statusDate(),
              item.actualStart() == null ? "" : item.actualStart(),
              item.actualFinish() == null ? "" : item.actualFinish(),
              item.baselineStart() == null ? "" : item.baselineStart(),
              item.baselineFinish() == null ? "" : item.baselineFinish(),
              item.finishVarianceDays() == null ? "" : item.finishVarianceDays(),
              item.totalFloat(),
              item.critical(),
              false));
    }
    for (PlannedItem item : facts.items()) {
      if (item.cancelled()) {
        rows.add(
            Arrays.asList(
                item.id(),
                item.name(),
                item.isMilestone() ? "MILESTONE" : "TASK",
                item.start(),
                item.finish(),
                item.isMilestone() ? "" : item.plannedCost().toPlainString(),
                predecessors(item.links()),
                item.percentComplete(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                true));
      }
    }
    return download(
        facts,
        "schedule",
        "csv",
        CSV,
        takenAt,
        asOf,
        csv(
            List.of(
                "id",
                "name",
                "type",
                "start",
                "finish",
                "cost",
                "predecessors",
                "percentComplete",
                "statusDate",
                "actualStart",
                "actualFinish",
                "baselineStart",
                "baselineFinish",
                "finishVarianceDays",
                "totalFloat",
                "critical",
                "cancelled"),
            rows));
  }

  @GetMapping("/api/projects/{projectId}/exports/earned-value.csv")
  @Operation(summary = "The earned-value figures and the budget by line as CSV")
  ResponseEntity<byte[]> earnedValueCsv(
      @PathVariable UUID projectId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate statusDate,
      @RequestParam(required = false) Long minVersion,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    Instant takenAt = clock.instant();
    ProjectFacts facts = facts(projectId, minVersion, asOf);
    LocalDate date = dates.statusDate(statusDate, asOf);
    DashboardView dashboard = Dashboards.of(projectId, facts, date);
    List<List<Object>> rows = EarnedValueRows.of(dashboard, date);
    return download(
        facts,
        "earned-value",
        "csv",
        CSV,
        takenAt,
        asOf,
        csv(
            List.of(
                "kind",
                "name",
                "value",
                "currency",
                "statusDate",
                "planned",
                "budget",
                "remaining"),
            rows));
  }

  @GetMapping("/api/projects/{projectId}/exports/end-project-report.csv")
  @Operation(summary = "The end-project report as CSV, a section per part (a draft until closed)")
  ResponseEntity<byte[]> endProjectReportCsv(
      @PathVariable UUID projectId, @RequestParam(required = false) Long minVersion) {
    Instant takenAt = clock.instant();
    ProjectFacts facts = facts(projectId, minVersion, null);
    EndProjectReport report =
        reports
            .of(projectId)
            .orElseThrow(
                () ->
                    new LedgerException(
                        ErrorCode.NOT_FOUND, "No project with id " + projectId + "."));
    return download(
        facts,
        "end-project-report",
        "csv",
        CSV,
        takenAt,
        null,
        csv(EndProjectReportRows.COLUMNS, EndProjectReportRows.of(report)));
  }

  @GetMapping("/api/projects/{projectId}/exports/audit.csv")
  @Operation(summary = "The project's audit trail as CSV (not for VIEWER)")
  ResponseEntity<byte[]> auditCsv(
      @PathVariable UUID projectId,
      @RequestParam(required = false) Long minVersion,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant asOf) {
    readers.require(projectId, "the audit trail");
    Instant takenAt = clock.instant();
    ProjectFacts facts = facts(projectId, minVersion, asOf);
    List<List<Object>> rows =
        jdbc.query(
            """
            SELECT global_position, sequence, recorded_at, actor, type, summary, reason,
                correlation_id, event_id, changes
            FROM audit_entry WHERE project_id = ? AND recorded_at <= ? ORDER BY global_position
            """,
            (rs, n) ->
                Arrays.<Object>asList(
                    rs.getLong("global_position"),
                    rs.getLong("sequence"),
                    rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                    rs.getString("actor"),
                    rs.getString("type"),
                    rs.getString("summary"),
                    rs.getString("reason"),
                    rs.getString("correlation_id"),
                    rs.getString("event_id"),
                    rs.getString("changes")),
            projectId,
            (asOf == null ? Instant.parse("9999-12-31T23:59:59Z") : asOf).atOffset(ZoneOffset.UTC));
    return download(
        facts,
        "audit",
        "csv",
        CSV,
        takenAt,
        asOf,
        csv(
            List.of(
                "position",
                "version",
                "recordedAt",
                "actor",
                "type",
                "summary",
                "reason",
                "correlationId",
                "eventId",
                "changes"),
            rows));
  }

  private ProjectFacts facts(UUID projectId, Long minVersion, Instant asOf) {
    gate.settle(projectId, minVersion);
    return (asOf == null ? now.of(projectId) : history.of(projectId, asOf))
        .orElseThrow(
            () ->
                new LedgerException(ErrorCode.NOT_FOUND, "No project with id " + projectId + "."));
  }

  private byte[] csv(List<String> columns, List<List<Object>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    StringWriter text = new StringWriter();
    try (SequenceWriter writer = csv.writer(schema.build()).writeValues(text)) {
      for (List<Object> row : rows) {
        writer.write(
            row.stream()
                .map(value -> value == null ? "" : SpreadsheetCells.neutralised(value.toString()))
                .toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static ResponseEntity<byte[]> download(
      ProjectFacts facts,
      String what,
      String extension,
      MediaType type,
      Instant takenAt,
      Instant asOf,
      byte[] body) {
    String name =
        "%s-%s-%s.%s"
            .formatted(
                facts.header().code().replaceAll("[^A-Za-z0-9._-]", "_"),
                what,
                STAMP.format(asOf == null ? takenAt : asOf),
                extension);
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.ok()
            .contentType(type)
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString())
            .header(TAKEN_AT, takenAt.toString())
            .header(ProjectReadGate.HEADER, String.valueOf(facts.header().version()));
    if (asOf != null) {
      answer.header(AS_OF, asOf.toString());
    }
    return answer.body(body);
  }
}
