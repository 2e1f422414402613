package org.projectledger.domain.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.projectledger.api.imports.ImportPlan;
import org.projectledger.api.imports.ImportedItem;
import org.projectledger.api.schedule.ItemRenamed;
import org.projectledger.api.schedule.Link;
import org.projectledger.domain.state.Item;
import org.projectledger.domain.state.ProjectFacts;
import org.projectledger.domain.state.Summary;

/**
 * How a newer version of an imported plan meets the one held ({@link Updates}): by each element's
 * {@code sourceId}, its rows' ids, links and parents taken to the held elements' ids.
 */
final class Matching {

  private Matching() {}

  /** Whether any of the file's rows names an element an earlier import brought in. */
  static boolean isUpdate(ImportPlan command, ProjectFacts facts) {
    Set<String> known = new HashSet<>();
    facts.plan().live().map(Item::sourceId).filter(Objects::nonNull).forEach(known::add);
    facts.plan().summaries().values().stream()
        .map(Summary::sourceId)
        .filter(Objects::nonNull)
        .forEach(known::add);
    return command.items().stream()
        .anyMatch(item -> item.sourceId() != null && known.contains(item.sourceId()));
  }

  static UUID mapped(Map<UUID, UUID> ids, UUID id) {
    return id == null ? null : ids.getOrDefault(id, id);
  }

  /** The rows with their links and parents pointing at the held elements where matched. */
  static List<ImportedItem> remapped(List<ImportedItem> rows, Map<UUID, UUID> ids) {
    return rows.stream()
        .map(
            row ->
                new ImportedItem(
                    row.row(),
                    row.itemId(),
                    row.kind(),
                    row.name(),
                    row.start(),
                    row.finish(),
                    row.plannedCost(),
                    List.of(),
                    row.percentComplete(),
                    row.progressOn(),
                    row.actualStart(),
                    row.actualFinish(),
                    row.sourceId(),
                    row.links().stream()
                        .map(l -> new Link(mapped(ids, l.itemId()), l.type(), l.lagDays()))
                        .toList(),
                    mapped(ids, row.parentId())))
        .toList();
  }

  static String describe(List<Link> links, ProjectFacts trial) {
    if (links.isEmpty()) {
      return "none";
    }
    return String.join(
        ", ",
        links.stream()
            .map(
                link -> {
                  Item item = trial.plan().items().get(link.itemId());
                  return (item == null ? link.itemId().toString() : item.name())
                      + " "
                      + link.label();
                })
            .toList());
  }

  /** The id of the change request a file's changes go in: the same file, the same request. */
  static UUID changeRequestId(ImportPlan command) {
    return UUID.nameUUIDFromBytes(
        ("change request:" + command.projectId() + ":" + command.source().sha256())
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * A held element the file names otherwise is renamed (a name is no part of the baseline's
   * figures: no change control), recorded and folded into the trial.
   *
   * @return the change in words, or null when the name is the same
   */
  static String rename(
      ImportPlan command,
      ProjectFacts trial,
      UUID id,
      String oldName,
      ImportedItem row,
      List<Imports.Sourced> events) {
    if (oldName.equals(row.name()) || row.name() == null || row.name().isBlank()) {
      return null;
    }
    ItemRenamed renamed =
        new ItemRenamed(
            trial.projectId(),
            id,
            oldName,
            row.name(),
            "Imported from %s: the plan's newer version".formatted(command.source().fileName()));
    trial.evolve(renamed, null);
    events.add(new Imports.Sourced(renamed, Imports.source(command, row)));
    return "name \"%s\" → \"%s\"".formatted(oldName, row.name());
  }
}
