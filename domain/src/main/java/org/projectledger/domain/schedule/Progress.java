package org.projectledger.domain.schedule;

import static org.projectledger.domain.state.Policies.require;

import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.progress.ReportProgress;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.domain.state.Item;
import org.projectledger.domain.state.ProjectFacts;

/** Progress as the manager reports it, dated by its status date; lowering it needs a reason. */
public final class Progress {

  private Progress() {}

  public static ProgressReported report(ReportProgress command, Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
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
    return new ProgressReported(
        facts.projectId(),
        item.id(),
        item.percentComplete(),
        command.percentComplete(),
        command.statusDate(),
        command.reason());
  }
}
