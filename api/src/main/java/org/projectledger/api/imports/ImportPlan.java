package org.projectledger.api.imports;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager imports a plan from a file: every item goes through the same rules as planning it by
 * hand, in dependency order; all of them are recorded, or none. With {@code dryRun} nothing is
 * recorded and the answer says what would be created and which rows would be refused.
 */
public record ImportPlan(
    @TargetAggregateIdentifier UUID projectId,
    ImportSource source,
    List<ImportedItem> items,
    List<ImportNote> notes,
    boolean dryRun) {

  public ImportPlan {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(source, "source");
    items = List.copyOf(items);
    notes = List.copyOf(notes);
  }
}
