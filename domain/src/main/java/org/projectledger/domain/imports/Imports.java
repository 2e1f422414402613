package org.projectledger.domain.imports;

import static org.projectledger.domain.state.Policies.require;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.projectledger.api.Actor;
import org.projectledger.api.Currencies;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.imports.FileBaseline;
import org.projectledger.api.imports.FileBaselineRecorded;
import org.projectledger.api.imports.ImportNote;
import org.projectledger.api.imports.ImportPlan;
import org.projectledger.api.imports.ImportRefusal;
import org.projectledger.api.imports.ImportReport;
import org.projectledger.api.imports.ImportedItem;
import org.projectledger.api.progress.ProgressReported;
import org.projectledger.api.schedule.CalendarSet;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.ProjectCalendar;
import org.projectledger.domain.schedule.Planning;
import org.projectledger.domain.schedule.Progress;
import org.projectledger.domain.state.ProjectFacts;

/**
 * An imported plan: each item, in dependency order, goes through the rules of planning by hand
 * ({@link Planning#planOn}), folded one after another into one trial; then the budget and tolerance
 * rules apply to the whole. A row whose predecessor was refused is refused too. Nothing is recorded
 * unless every row is accepted (all or nothing), and nothing at all on a dry run, which answers the
 * report instead.
 */
public final class Imports {

  private Imports() {}

  /** An event to record, with the file and row it came from. */
  public record Sourced(Object event, MetaData source) {}

  /** The report the importer answers, and what to record (nothing on a dry run). */
  public record Outcome(ImportReport report, List<Sourced> events) {}

  /** Who may import, asked before a file is read: the project's manager, on an open project. */
  public static void admit(Actor actor, ProjectFacts facts) {
    facts.requireManager(actor);
  }

  public static Outcome decide(ImportPlan command, Actor actor, ProjectFacts facts) {
    admit(actor, facts);
    if (Matching.isUpdate(command, facts)) {
      return Updates.decide(command, actor, facts);
    }
    ProjectFacts trial = facts.copy();
    List<ImportedItem> accepted = new ArrayList<>();
    List<Sourced> events = new ArrayList<>();
    List<ImportRefusal> refused = new ArrayList<>();
    Map<UUID, String> refusedRows = new LinkedHashMap<>();
    List<ImportNote> notes = new ArrayList<>(command.notes());
    takeCalendar(command, trial, events, notes);
    // The WBS's summary elements first, in the file's order (a parent before its children), then
    // the work packages and milestones under them, in dependency order.
    for (ImportedItem summary : command.items()) {
      if (summary.kind() != ItemKind.SUMMARY) {
        continue;
      }
      try {
        Object event =
            Planning.summaryOn(
                trial, summary.itemId(), summary.name(), summary.parentId(), summary.sourceId());
        accepted.add(summary);
        events.add(new Sourced(event, source(command, summary)));
      } catch (LedgerException refusal) {
        refused.add(new ImportRefusal(summary.row(), refusal.code().name(), refusal.getMessage()));
        refusedRows.put(summary.itemId(), summary.row());
      }
    }
    List<ImportedItem> planned =
        command.items().stream().filter(item -> item.kind() != ItemKind.SUMMARY).toList();
    planInOrder(command, facts, trial, planned, accepted, events, refused, refusedRows, notes);
    try {
      Planning.requireWithinBudgetAndTolerance(trial);
    } catch (LedgerException refusal) {
      refused.add(new ImportRefusal("the whole file", refusal.code().name(), refusal.getMessage()));
    }
    ImportReport report =
        new ImportReport(
            command.source(),
            command.dryRun(),
            List.copyOf(accepted),
            List.copyOf(refused),
            List.copyOf(notes));
    if (command.dryRun()) {
      return new Outcome(report, List.of());
    }
    require(
        !command.items().isEmpty(),
        ErrorCode.VALIDATION_FAILED,
        "The file holds no task to import");
    fileBaseline(command, accepted.stream().map(ImportedItem::itemId).toList(), events);
    if (!refused.isEmpty()) {
      throw new LedgerException(
          ErrorCode.IMPORT_REFUSED,
          refused.size()
              + " row(s) of "
              + command.source().fileName()
              + " are refused: nothing was imported",
          Map.of("refused", refused, "notes", notes));
    }
    return new Outcome(report, events);
  }

  /**
   * A file's cost in the project's currency's minor unit: files keep costs as fractions (rates
   * times hours), the ledger keeps money exact in its currency; a cost that rounding changes says
   * so in a note.
   */
  private static ImportedItem inMinorUnit(
      ImportedItem item, String currency, List<ImportNote> notes) {
    if (Currencies.fitsMinorUnit(item.plannedCost(), currency)) {
      return item;
    }
    BigDecimal rounded = Currencies.inMinorUnit(item.plannedCost(), currency);
    notes.add(
        new ImportNote(
            item.row(),
            "cost %s rounded to %s: %s takes %d decimals"
                .formatted(
                    item.plannedCost().toPlainString(),
                    rounded.toPlainString(),
                    currency,
                    Currencies.minorUnit(currency))));
    return item.withPlannedCost(rounded);
  }

  /**
   * Plans the file's work packages and milestones on {@code trial}, in dependency order, each by
   * the rules of planning by hand, with the progress the file reports for it: a first import's
   * rows, and a newer version's new ones. A row refused only because it depends on (or sits under)
   * a refused row joins one line per original cause, not one per row repeating it (third edition),
   * so that the cause is easy to find.
   */
  static void planInOrder(
      ImportPlan command,
      ProjectFacts facts,
      ProjectFacts trial,
      List<ImportedItem> rows,
      List<ImportedItem> accepted,
      List<Sourced> events,
      List<ImportRefusal> refused,
      Map<UUID, String> refusedRows,
      List<ImportNote> notes) {
    Map<UUID, Set<String>> causes = new HashMap<>();
    Map<String, List<String>> refusedWith = new LinkedHashMap<>();
    for (ImportedItem item : ImportOrder.of(rows, refused, refusedRows)) {
      Set<String> blockedBy = new LinkedHashSet<>();
      java.util.stream.Stream.concat(
              item.dependsOn().stream(), java.util.stream.Stream.ofNullable(item.parentId()))
          .filter(refusedRows::containsKey)
          .forEach(
              predecessor ->
                  blockedBy.addAll(
                      causes.getOrDefault(predecessor, Set.of(refusedRows.get(predecessor)))));
      if (!blockedBy.isEmpty()) {
        causes.put(item.itemId(), blockedBy);
        refusedRows.put(item.itemId(), item.row());
        refusedWith
            .computeIfAbsent(String.join(", ", blockedBy), cause -> new ArrayList<>())
            .add(item.row());
        continue;
      }
      if (item.kind() == ItemKind.MILESTONE) {
        item = item.withPlannedCost(BigDecimal.ZERO);
      } else if (item.plannedCost() != null) {
        item = inMinorUnit(item, facts.currency(), notes);
      }
      try {
        Object event =
            Planning.planOn(
                trial,
                item.itemId(),
                item.kind(),
                item.name(),
                item.start(),
                item.finish(),
                item.plannedCost(),
                item.links(),
                item.sourceId(),
                item.parentId());
        accepted.add(item);
        events.add(new Sourced(event, source(command, item)));
        if (item.kind() == ItemKind.WORK_PACKAGE
            && item.percentComplete() != null
            && (item.percentComplete() > 0 || item.actualStart() != null)) {
          // Progress the file reports is kept, as a progress report naming the file's row, with
          // the actual dates it gives, by the rules of any report.
          require(
              item.percentComplete() <= 100 && item.progressOn() != null,
              ErrorCode.VALIDATION_FAILED,
              "Progress of %s must be from 0 to 100, with its date".formatted(item.row()));
          Progress.checkActuals(
              item.percentComplete(),
              item.progressOn(),
              item.actualStart(),
              item.actualFinish(),
              item.actualStart());
          events.add(
              new Sourced(
                  new ProgressReported(
                      facts.projectId(),
                      item.itemId(),
                      0,
                      item.percentComplete(),
                      item.progressOn(),
                      null,
                      item.actualStart(),
                      item.actualFinish()),
                  source(command, item)));
        }
      } catch (LedgerException refusal) {
        refused.add(new ImportRefusal(item.row(), refusal.code().name(), refusal.getMessage()));
        refusedRows.put(item.itemId(), item.row());
      }
    }
    refusedWith.forEach(
        (cause, blocked) ->
            refused.add(
                new ImportRefusal(
                    String.join(", ", blocked),
                    ErrorCode.DEPENDENCY_VIOLATION.name(),
                    "Refused with %s, which %s on: see the reason given there"
                        .formatted(cause, blocked.size() == 1 ? "it depends" : "they depend"))));
  }

  /**
   * The file's working calendar becomes the project's before the first baseline, so that its lags
   * and durations mean what they meant in the file; after it, only a change request may (a note). A
   * first import and a newer version of the plan alike.
   */
  static void takeCalendar(
      ImportPlan command, ProjectFacts trial, List<Sourced> events, List<ImportNote> notes) {
    ProjectCalendar calendar = command.calendar();
    if (calendar != null && !calendar.equals(trial.calendar())) {
      if (trial.baseline() == null) {
        CalendarSet set =
            new CalendarSet(
                trial.projectId(),
                trial.calendar(),
                calendar,
                "Imported from %s: its working calendar".formatted(command.source().fileName()),
                null);
        trial.evolve(set, null);
        events.add(new Sourced(set, source(command, "calendar")));
        notes.add(
            new ImportNote(
                "calendar",
                "the project now works the file's calendar: %s".formatted(describe(calendar))));
      } else {
        notes.add(
            new ImportNote(
                "calendar",
                "the file's calendar (%s) is not the project's and was not taken: after the"
                        .formatted(describe(calendar))
                    + " baseline the calendar changes through a change request"));
      }
    }
  }

  /**
   * The file's own baseline values for the elements it brings in ({@code ids}), kept beside the
   * plan: one event, after the plan's.
   */
  static void fileBaseline(ImportPlan command, List<UUID> ids, List<Sourced> events) {
    List<FileBaseline> kept =
        command.fileBaseline().stream().filter(item -> ids.contains(item.itemId())).toList();
    if (!kept.isEmpty()) {
      events.add(
          new Sourced(
              new FileBaselineRecorded(
                  command.projectId(),
                  command.source().fileName(),
                  command.source().sha256(),
                  kept),
              source(command, "baseline")));
    }
  }

  /** Each event recorded says, in its metadata, which file and row it came from. */
  static MetaData source(ImportPlan command, ImportedItem item) {
    return source(command, item.row());
  }

  static MetaData source(ImportPlan command, String row) {
    return MetaData.with(MetaDataKeys.IMPORT_FILE, command.source().fileName())
        .and(MetaDataKeys.IMPORT_FORMAT, command.source().format())
        .and(MetaDataKeys.IMPORT_SHA256, command.source().sha256())
        .and(MetaDataKeys.IMPORT_ROW, row);
  }

  /** "MONDAY–FRIDAY working, 2 non-working dates". */
  private static String describe(ProjectCalendar calendar) {
    return calendar.workingDays().stream()
            .map(Enum::name)
            .collect(java.util.stream.Collectors.joining(", "))
        + " working, "
        + calendar.nonWorkingDates().size()
        + " non-working date(s)";
  }
}
