package org.projectledger.domain.schedule;

import static org.projectledger.domain.state.Policies.require;

import java.time.LocalDate;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.progress.ReportProgress;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.domain.state.Item;
import org.projectledger.domain.state.ProjectFacts;

/**
 * Progress as the manager or the work package's owner reports it, dated by its status date;
 * lowering it needs a reason.
 */
public final class Progress {

  private Progress() {}

  public static ProgressReported report(ReportProgress command, Actor actor, ProjectFacts facts) {
    facts.requireManagerOrOwner(
        actor,
        command.workPackageId(),
        "Only the project's manager or the work package's owner reports its progress");
    Item item = facts.plan().item(command.workPackageId(), ItemKind.WORK_PACKAGE);
    require(
        command.percentComplete() >= 0 && command.percentComplete() <= 100,
        ErrorCode.VALIDATION_FAILED,
        "percentComplete must be from 0 to 100");
    if (command.percentComplete() < item.percentComplete()) {
      require(
          command.reason() != null && !command.reason().isBlank(),
          ErrorCode.VALIDATION_FAILED,
          "Lowering progress from %d%% to %d%% needs a reason"
              .formatted(item.percentComplete(), command.percentComplete()));
    }
    LocalDate actualStart =
        command.actualStart() != null ? command.actualStart() : item.actualStart();
    LocalDate actualFinish = actualFinish(command, item, actualStart);
    return new ProgressReported(
        facts.projectId(),
        item.id(),
        item.percentComplete(),
        command.percentComplete(),
        command.statusDate(),
        command.reason(),
        actualStart,
        actualFinish);
  }

  /**
   * Actuals in time (DOMAIN.md, third edition): an actual date lies on or before the report's
   * status date; the work finished only when it is complete, and not before it started. A report
   * below 100 % leaves no actual finish (the work was reopened).
   */
  private static LocalDate actualFinish(ReportProgress command, Item item, LocalDate actualStart) {
    checkActuals(
        command.percentComplete(),
        command.statusDate(),
        command.actualStart(),
        command.actualFinish(),
        actualStart);
    if (command.actualFinish() != null) {
      return command.actualFinish();
    }
    return command.percentComplete() == 100 ? item.actualFinish() : null;
  }

  /** The rules of actual dates, for a report and for an imported file's progress alike. */
  public static void checkActuals(
      int percentComplete,
      LocalDate statusDate,
      LocalDate newActualStart,
      LocalDate newActualFinish,
      LocalDate actualStart) {
    if (newActualStart != null) {
      require(
          !newActualStart.isAfter(statusDate),
          ErrorCode.VALIDATION_FAILED,
          "The actual start %s lies after the report's status date %s"
              .formatted(newActualStart, statusDate));
    }
    if (newActualFinish != null) {
      require(
          percentComplete == 100,
          ErrorCode.VALIDATION_FAILED,
          "An actual finish means the work is complete: report 100%%, not %d%%"
              .formatted(percentComplete));
      require(
          !newActualFinish.isAfter(statusDate),
          ErrorCode.VALIDATION_FAILED,
          "The actual finish %s lies after the report's status date %s"
              .formatted(newActualFinish, statusDate));
      require(
          actualStart == null || !newActualFinish.isBefore(actualStart),
          ErrorCode.VALIDATION_FAILED,
          "The actual finish %s lies before the actual start %s"
              .formatted(newActualFinish, actualStart));
    }
  }
}
