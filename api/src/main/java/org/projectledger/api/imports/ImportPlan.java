package org.projectledger.api.imports;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.schedule.ProjectCalendar;

/**
 * The manager imports a plan from a file: every item goes through the same rules as planning it by
 * hand, in dependency order; all of them are recorded, or none. With {@code dryRun} nothing is
 * recorded and the answer says what would be created and which rows would be refused. {@code
 * calendar} is the file's working calendar, where it has one: before the first baseline it becomes
 * the project's. {@code fileBaseline} holds the file's own baseline values, by the file's item ids.
 */
public record ImportPlan(
    @TargetAggregateIdentifier UUID projectId,
    ImportSource source,
    List<ImportedItem> items,
    List<ImportNote> notes,
    boolean dryRun,
    ProjectCalendar calendar,
    List<FileBaseline> fileBaseline) {

  public ImportPlan(
      UUID projectId,
      ImportSource source,
      List<ImportedItem> items,
      List<ImportNote> notes,
      boolean dryRun,
      ProjectCalendar calendar) {
    this(projectId, source, items, notes, dryRun, calendar, List.of());
  }

  /** A file that says nothing of its working calendar (a CSV). */
  public ImportPlan(
      UUID projectId,
      ImportSource source,
      List<ImportedItem> items,
      List<ImportNote> notes,
      boolean dryRun) {
    this(projectId, source, items, notes, dryRun, null, List.of());
  }

  public ImportPlan {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(source, "source");
    items = List.copyOf(items);
    notes = List.copyOf(notes);
    fileBaseline = fileBaseline == null ? List.of() : List.copyOf(fileBaseline);
  }
}
