package org.projectledger.domain.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.projectledger.api.Actor;
import org.projectledger.api.Currencies;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.changecontrol.ProposedChange;
import org.projectledger.api.changecontrol.RaiseChangeRequest;
import org.projectledger.api.imports.ImportChange;
import org.projectledger.api.imports.ImportNote;
import org.projectledger.api.imports.ImportPlan;
import org.projectledger.api.imports.ImportRefusal;
import org.projectledger.api.imports.ImportReport;
import org.projectledger.api.imports.ImportedItem;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.Link;
import org.projectledger.api.schedule.MilestoneCancelled;
import org.projectledger.api.schedule.MilestoneRescheduled;
import org.projectledger.api.schedule.PlannedCostChanged;
import org.projectledger.api.schedule.WorkPackageCancelled;
import org.projectledger.api.schedule.WorkPackageRescheduled;
import org.projectledger.domain.changecontrol.ChangeControl;
import org.projectledger.domain.imports.Imports.Outcome;
import org.projectledger.domain.imports.Imports.Sourced;
import org.projectledger.domain.schedule.DependenciesChange;
import org.projectledger.domain.schedule.Planning;
import org.projectledger.domain.schedule.Progress;
import org.projectledger.domain.state.Item;
import org.projectledger.domain.state.ProjectFacts;
import org.projectledger.domain.state.Summary;

/**
 * A newer version of a plan already imported (DOMAIN.md, third edition, "Re-import updates"): its
 * rows are matched to the project's elements by {@code sourceId}, and the differences become the
 * ordinary events — reschedules, re-costs, changed links, progress, new elements, cancellations of
 * those the file no longer holds. Before the first baseline they are recorded directly, checked as
 * one plan; after it the changes to baselined elements go to the sponsor as one change request (new
 * elements and progress are recorded directly, as by hand). All or nothing; a dry run lists them;
 * the same file twice changes nothing.
 */
final class Updates {

  private Updates() {}

  static Outcome decide(ImportPlan command, Actor actor, ProjectFacts facts) {
    ProjectFacts trial = facts.copy();
    boolean baselined = facts.baseline() != null;
    String file = command.source().fileName();
    String reason = "Imported from %s: the plan's newer version".formatted(file);
    Map<String, Item> items = new LinkedHashMap<>();
    facts
        .plan()
        .live()
        .filter(item -> item.sourceId() != null)
        .forEach(i -> items.put(i.sourceId(), i));
    Map<String, Summary> summaries = new LinkedHashMap<>();
    facts.plan().summaries().values().stream()
        .filter(summary -> summary.sourceId() != null)
        .forEach(summary -> summaries.put(summary.sourceId(), summary));

    // The file's ids for the elements already held are the held ones.
    Map<UUID, UUID> ids = new LinkedHashMap<>();
    for (ImportedItem row : command.items()) {
      Item held = row.sourceId() == null ? null : items.get(row.sourceId());
      Summary summary = row.sourceId() == null ? null : summaries.get(row.sourceId());
      ids.put(
          row.itemId(), held != null ? held.id() : summary != null ? summary.id() : row.itemId());
    }

    List<Sourced> events = new ArrayList<>();
    List<ImportedItem> created = new ArrayList<>();
    List<ImportChange> changed = new ArrayList<>();
    List<ImportChange> cancelled = new ArrayList<>();
    List<ImportChange> unchanged = new ArrayList<>();
    List<ImportRefusal> refused = new ArrayList<>();
    List<ImportNote> notes = new ArrayList<>(command.notes());
    List<ProposedChange> proposals = new ArrayList<>();
    Set<String> inFile = new HashSet<>();
    Imports.takeCalendar(command, trial, events, notes);

    // New summary elements, and the held ones as they are (names and places are not changed).
    for (ImportedItem row : command.items()) {
      if (row.kind() != ItemKind.SUMMARY) {
        continue;
      }
      inFile.add(row.sourceId());
      Summary held = summaries.get(row.sourceId());
      if (held != null) {
        String renamed = Matching.rename(command, trial, held.id(), held.name(), row, events);
        (renamed == null ? unchanged : changed)
            .add(
                new ImportChange(
                    row.row(),
                    held.id(),
                    held.name(),
                    renamed == null ? List.of() : List.of(renamed)));
        continue;
      }
      try {
        events.add(
            new Sourced(
                Planning.summaryOn(
                    trial,
                    row.itemId(),
                    row.name(),
                    Matching.mapped(ids, row.parentId()),
                    row.sourceId()),
                Imports.source(command, row)));
        created.add(row);
      } catch (LedgerException refusal) {
        refused.add(new ImportRefusal(row.row(), refusal.code().name(), refusal.getMessage()));
      }
    }

    // The held work packages and milestones: dates, cost, then (below) links and progress.
    List<ImportedItem> fresh = new ArrayList<>();
    Map<ImportedItem, List<String>> changes = new LinkedHashMap<>();
    for (ImportedItem row : command.items()) {
      if (row.kind() == ItemKind.SUMMARY) {
        continue;
      }
      inFile.add(row.sourceId());
      Item held = row.sourceId() == null ? null : items.get(row.sourceId());
      if (held == null) {
        fresh.add(row);
        continue;
      }
      List<String> what = new ArrayList<>();
      if (held.kind() != row.kind()) {
        refused.add(
            new ImportRefusal(
                row.row(),
                ErrorCode.VALIDATION_FAILED.name(),
                "%s is a %s in the file: a work package stays a work package, a milestone a milestone"
                    .formatted(held.label(), row.kind().name().toLowerCase().replace('_', ' '))));
        continue;
      }
      String renamed = Matching.rename(command, trial, held.id(), held.name(), row, events);
      if (renamed != null) {
        what.add(renamed);
      }
      if (!Objects.equals(Matching.mapped(ids, row.parentId()), held.parentId())) {
        notes.add(
            new ImportNote(
                row.row(),
                "moved in the file's WBS: the ledger keeps %s where it was"
                    .formatted(held.label())));
      }
      boolean milestone = held.isMilestone();
      if (!held.start().equals(row.start()) || !held.finish().equals(row.finish())) {
        what.add(
            milestone
                ? "due %s → %s".formatted(held.finish(), row.finish())
                : "dates %s – %s → %s – %s"
                    .formatted(held.start(), held.finish(), row.start(), row.finish()));
        if (baselined) {
          proposals.add(
              milestone
                  ? ProposedChange.rescheduleMilestone(held.id(), row.finish())
                  : ProposedChange.rescheduleWorkPackage(held.id(), row.start(), row.finish()));
        } else {
          Object moved =
              milestone
                  ? new MilestoneRescheduled(
                      facts.projectId(), held.id(), held.finish(), row.finish(), reason, null)
                  : new WorkPackageRescheduled(
                      facts.projectId(),
                      held.id(),
                      held.start(),
                      held.finish(),
                      row.start(),
                      row.finish(),
                      reason,
                      null);
          trial.evolve(moved, null);
          events.add(new Sourced(moved, Imports.source(command, row)));
        }
      }
      BigDecimal cost =
          row.plannedCost() == null
              ? null
              : Currencies.inMinorUnit(row.plannedCost(), facts.currency());
      if (!milestone && cost != null && held.plannedCost().compareTo(cost) != 0) {
        what.add(
            "planned cost %s → %s"
                .formatted(
                    Currencies.inMinorUnit(held.plannedCost(), facts.currency()).toPlainString(),
                    cost.toPlainString()));
        if (baselined) {
          proposals.add(ProposedChange.changePlannedCost(held.id(), cost));
        } else {
          Object recosted =
              new PlannedCostChanged(
                  facts.projectId(), held.id(), held.plannedCost(), cost, reason, null);
          trial.evolve(recosted, null);
          events.add(new Sourced(recosted, Imports.source(command, row)));
        }
      }
      changes.put(row, what);
    }

    // New elements, in dependency order, against the plan as the file now dates it, with the
    // progress the file reports for them: as a first import plans its rows.
    Imports.planInOrder(
        command,
        facts,
        trial,
        Matching.remapped(fresh, ids),
        created,
        events,
        refused,
        new LinkedHashMap<>(),
        notes);

    // Links and progress of the held elements.
    for (Map.Entry<ImportedItem, List<String>> entry : changes.entrySet()) {
      ImportedItem row = entry.getKey();
      Item held = trial.plan().items().get(items.get(row.sourceId()).id());
      List<Link> links = Matching.remapped(List.of(row), ids).get(0).links();
      if (!new HashSet<>(links).equals(new HashSet<>(held.links()))) {
        entry
            .getValue()
            .add(
                "links "
                    + Matching.describe(held.links(), trial)
                    + " → "
                    + Matching.describe(links, trial));
        if (baselined) {
          proposals.add(ProposedChange.changeLinks(held.id(), links));
        } else {
          Object relinked = DependenciesChange.of(facts.projectId(), held, links, reason, null);
          trial.evolve(relinked, null);
          events.add(new Sourced(relinked, Imports.source(command, row)));
        }
      }
      if (!held.isMilestone()
          && row.percentComplete() != null
          && row.progressOn() != null
          && row.percentComplete() != held.percentComplete()) {
        try {
          Progress.checkActuals(
              row.percentComplete(),
              row.progressOn(),
              row.actualStart(),
              row.actualFinish(),
              held.actualStart());
        } catch (LedgerException refusal) {
          refused.add(new ImportRefusal(row.row(), refusal.code().name(), refusal.getMessage()));
          continue;
        }
        entry
            .getValue()
            .add("%d %% → %d %% complete".formatted(held.percentComplete(), row.percentComplete()));
        Object report =
            new ProgressReported(
                facts.projectId(),
                held.id(),
                held.percentComplete(),
                row.percentComplete(),
                row.progressOn(),
                reason,
                row.actualStart(),
                row.actualFinish());
        trial.evolve(report, null);
        events.add(new Sourced(report, Imports.source(command, row)));
      }
      (entry.getValue().isEmpty() ? unchanged : changed)
          .add(new ImportChange(row.row(), held.id(), held.name(), entry.getValue()));
    }

    // What the file no longer holds is cancelled.
    for (Item held : items.values()) {
      if (inFile.contains(held.sourceId())) {
        continue;
      }
      cancelled.add(
          new ImportChange(
              "not in the file",
              held.id(),
              held.name(),
              List.of("cancelled: the file no longer holds it")));
      if (baselined) {
        proposals.add(
            held.isMilestone()
                ? ProposedChange.cancelMilestone(held.id())
                : ProposedChange.cancelWorkPackage(held.id()));
      } else {
        Object gone =
            held.isMilestone()
                ? new MilestoneCancelled(facts.projectId(), held.id(), reason, null)
                : new WorkPackageCancelled(facts.projectId(), held.id(), reason, null);
        trial.evolve(gone, null);
        events.add(new Sourced(gone, Imports.source(command, "not in the file")));
      }
    }

    // The plan as the file leaves it must hold as one.
    try {
      Planning.requireHoldsAsOne(facts, trial);
      Planning.requireWithinBudgetAndTolerance(trial);
    } catch (LedgerException refusal) {
      refused.add(new ImportRefusal("the whole file", refusal.code().name(), refusal.getMessage()));
    }

    UUID changeRequestId = null;
    if (baselined && !proposals.isEmpty() && refused.isEmpty()) {
      changeRequestId = Matching.changeRequestId(command);
      try {
        events.add(
            new Sourced(
                ChangeControl.raise(
                    new RaiseChangeRequest(
                        facts.projectId(),
                        changeRequestId,
                        "Plan update from " + file,
                        "The plan's newer version, imported from %s (SHA-256 %s): %d change(s) to the baselined plan"
                            .formatted(file, command.source().sha256(), proposals.size()),
                        proposals),
                    actor,
                    facts,
                    false,
                    null),
                Imports.source(command, "change request")));
      } catch (LedgerException refusal) {
        refused.add(
            new ImportRefusal("the whole file", refusal.code().name(), refusal.getMessage()));
      }
    }

    ImportReport report =
        new ImportReport(
            command.source(),
            command.dryRun(),
            List.copyOf(created),
            List.copyOf(refused),
            List.copyOf(notes),
            List.copyOf(changed),
            List.copyOf(cancelled),
            List.copyOf(unchanged),
            changeRequestId);
    if (command.dryRun()) {
      return new Outcome(report, List.of());
    }
    if (report.changesAnything()) {
      // The newer file's own baseline, by the ledger's ids for what it matched.
      ImportPlan mapped =
          new ImportPlan(
              command.projectId(),
              command.source(),
              command.items(),
              command.notes(),
              false,
              command.calendar(),
              command.fileBaseline().stream()
                  .map(
                      b ->
                          new org.projectledger.api.imports.FileBaseline(
                              Matching.mapped(ids, b.itemId()), b.start(), b.finish(), b.cost()))
                  .toList());
      Imports.fileBaseline(mapped, List.copyOf(ids.values()), events);
    }
    if (!refused.isEmpty()) {
      throw new LedgerException(
          ErrorCode.IMPORT_REFUSED,
          refused.size() + " row(s) of " + file + " are refused: nothing was imported",
          Map.of("refused", refused, "notes", notes));
    }
    return new Outcome(report, events);
  }
}
