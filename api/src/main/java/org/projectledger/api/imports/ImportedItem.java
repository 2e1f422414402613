package org.projectledger.api.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.Link;

/**
 * One task of an imported file, as the ledger will plan it: a work package (start, finish, planned
 * cost) or a milestone (due on {@code finish}); {@code row} names it in the file (task id, activity
 * id or CSV line), {@code links} its predecessors with each link's type and lag ({@code dependsOn}:
 * their ids). A work package the file reports progress on carries its {@code percentComplete} as of
 * {@code progressOn} (the file's status date, else the day of the import), with the actual start
 * and finish the file gives; it is recorded as a progress report. {@code sourceId} is the task's
 * own id in the file (MS Project's unique id, P6's activity id, the CSV's {@code id}); {@code
 * parentId} the file's summary task it sits under (a row of kind SUMMARY, which has no dates or
 * cost: they roll up), null at the top.
 */
public record ImportedItem(
    String row,
    UUID itemId,
    ItemKind kind,
    String name,
    LocalDate start,
    LocalDate finish,
    BigDecimal plannedCost,
    List<UUID> dependsOn,
    Integer percentComplete,
    LocalDate progressOn,
    LocalDate actualStart,
    LocalDate actualFinish,
    String sourceId,
    List<Link> links,
    UUID parentId) {

  /** {@code links} where given (then {@code dependsOn} is their predecessors), else FS links. */
  public ImportedItem {
    links = Link.orFinishToStart(links, dependsOn);
    dependsOn = Link.predecessors(links);
  }

  /** An item without progress in its file. */
  public ImportedItem(
      String row,
      UUID itemId,
      ItemKind kind,
      String name,
      LocalDate start,
      LocalDate finish,
      BigDecimal plannedCost,
      List<UUID> dependsOn) {
    this(
        row,
        itemId,
        kind,
        name,
        start,
        finish,
        plannedCost,
        dependsOn,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public ImportedItem withPlannedCost(BigDecimal newPlannedCost) {
    return new ImportedItem(
        row,
        itemId,
        kind,
        name,
        start,
        finish,
        newPlannedCost,
        dependsOn,
        percentComplete,
        progressOn,
        actualStart,
        actualFinish,
        sourceId,
        links,
        parentId);
  }
}
