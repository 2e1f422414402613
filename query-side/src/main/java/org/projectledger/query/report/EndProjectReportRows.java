package org.projectledger.query.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.projectledger.api.dashboard.DashboardView.EarnedValueFigures;
import org.projectledger.query.registers.RegistersView;

/**
 * The end-project report as the rows of one CSV table, a section per part of the report, so that a
 * spreadsheet can filter it by section: the same figures the report's page shows.
 */
public final class EndProjectReportRows {

  public static final List<String> COLUMNS =
      List.of(
          "section",
          "id",
          "name",
          "outcome",
          "plannedStart",
          "plannedFinish",
          "plannedCost",
          "actualStart",
          "actualFinish",
          "actualCost",
          "variance",
          "detail");

  private EndProjectReportRows() {}

  public static List<List<Object>> of(EndProjectReport report) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(
        note(
            "project",
            report.code(),
            report.name(),
            report.closed() ? "CLOSED" : "DRAFT (" + report.state() + ")",
            report.closure() == null
                ? "status date " + report.statusDate()
                : "closed %s, signed by %s: %s"
                    .formatted(
                        report.statusDate(),
                        report.closure().printedName(),
                        report.closure().note())));
    EarnedValueFigures ev = report.earnedValue();
    String[] names = {
      "BAC", "PV", "EV", "AC", "CV", "SV", "CPI", "SPI", "EAC", "ETC", "VAC", "TCPI"
    };
    Object[] values = {
      ev.bac(), ev.pv(), ev.ev(), ev.ac(), ev.cv(), ev.sv(), ev.cpi(), ev.spi(), ev.eac(), ev.etc(),
      ev.vac(), ev.tcpi()
    };
    for (int i = 0; i < names.length; i++) {
      rows.add(note("earned value", names[i], names[i], null, values[i]));
    }
    for (EndProjectReport.BaselineSummary baseline : report.baselines()) {
      rows.add(
          row(
              "baseline",
              baseline.baselineNumber(),
              "Baseline " + baseline.baselineNumber(),
              baseline.changeRequestId() == null ? "set" : "revised",
              null,
              null,
              baseline.totalPlannedCost(),
              null,
              null,
              null,
              null,
              baseline.recordedAt()));
    }
    for (EndProjectReport.ItemOutcome item : report.items()) {
      String planned =
          item.baselines().stream()
              .map(
                  each ->
                      "baseline %d: %s to %s, %s"
                          .formatted(
                              each.baselineNumber(), each.start(), each.finish(), each.cost()))
              .collect(Collectors.joining("; "));
      rows.add(
          row(
              item.kind() == org.projectledger.api.schedule.ItemKind.MILESTONE
                  ? "milestone"
                  : "work package",
              item.wbsCode(),
              item.name(),
              item.percentComplete() + "%",
              item.plannedStart(),
              item.plannedFinish(),
              item.plannedCost(),
              item.actualStart(),
              item.actualFinish(),
              item.actualCost(),
              item.finishVarianceDays() == null
                  ? null
                  : item.finishVarianceDays() + " days; CV " + item.costVariance(),
              planned));
    }
    for (EndProjectReport.ChangeRequestOutcome request : report.changeRequests().rows()) {
      rows.add(
          note(
              "change request",
              request.changeRequestId(),
              request.title(),
              request.status(),
              "raised by %s %s%s"
                  .formatted(
                      request.requestedBy(),
                      request.raisedAt(),
                      request.decidedBy() == null
                          ? ""
                          : ", decided by %s %s"
                              .formatted(request.decidedBy(), request.decidedAt()))));
    }
    for (RegistersView.IssueRow issue : report.issues().rows()) {
      rows.add(
          note(
              "issue",
              issue.issueId(),
              issue.title(),
              issue.state(),
              "%s, priority %s, severity %s, owner %s%s"
                  .formatted(
                      issue.type(),
                      issue.priority(),
                      issue.severity(),
                      issue.owner(),
                      issue.resolution() == null ? "" : ": " + issue.resolution())));
    }
    for (RegistersView.RiskRow risk : report.risks().rows()) {
      rows.add(
          row(
              "risk",
              risk.riskId(),
              risk.title(),
              risk.open() ? "OPEN" : "CLOSED",
              null,
              risk.proximity(),
              risk.costImpact(),
              null,
              null,
              risk.drawn(),
              risk.emv(),
              "%s %d×%d, %s%s"
                  .formatted(
                      risk.kind(),
                      risk.probability(),
                      risk.impact(),
                      risk.strategy() == null ? "no response" : risk.strategy(),
                      risk.closure() == null ? "" : ": " + risk.closure())));
    }
    for (EndProjectReport.ToleranceException exception : report.toleranceExceptions()) {
      rows.add(
          row(
              "tolerance exception",
              exception.kind(),
              exception.kind() + " tolerance",
              "breached",
              null,
              exception.baselineFinish(),
              exception.limit(),
              null,
              exception.forecastFinish(),
              exception.estimate(),
              null,
              exception.recordedAt()));
    }
    for (RegistersView.WorkPackageRow deliverable : report.deliverables().rows()) {
      rows.add(
          note(
              "deliverable",
              deliverable.workPackageId(),
              deliverable.name(),
              deliverable.state(),
              "acceptor %s%s"
                  .formatted(
                      deliverable.acceptor(),
                      deliverable.decidedBy() == null
                          ? ""
                          : ", decided by %s %s"
                              .formatted(deliverable.decidedBy(), deliverable.decidedAt()))));
    }
    for (RegistersView.LessonRow lesson : report.lessons()) {
      rows.add(
          note(
              "lesson",
              lesson.lessonId(),
              lesson.category(),
              lesson.advice(),
              lesson.whatHappened() + " — " + lesson.recommendation()));
    }
    return rows;
  }

  /** A row with no dates or amounts: section, id, name, outcome and the detail. */
  private static List<Object> note(
      Object section, Object id, Object name, Object outcome, Object detail) {
    return row(section, id, name, outcome, null, null, null, null, null, null, null, detail);
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }
}
