package org.projectledger.api.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A work package was planned; {@code sourceId} is the task's own id in the plan file it was
 * imported from (MS Project's unique id, P6's activity id, the CSV's id), null when planned by hand
 * or before the third edition. {@code dependsOn} names every predecessor; {@code links} gives each
 * link's type and lag (absent before the third edition: all finish-to-start without lag); {@code
 * parentId} the summary element it sits under in the WBS (null: at the top).
 */
@Revision("1")
public record WorkPackagePlanned(
    UUID projectId,
    UUID workPackageId,
    String name,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    BigDecimal plannedCost,
    List<UUID> dependsOn,
    String sourceId,
    List<Link> links,
    UUID parentId) {

  /** A work package at the top of the WBS. */
  public WorkPackagePlanned(
      UUID projectId,
      UUID workPackageId,
      String name,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      BigDecimal plannedCost,
      List<UUID> dependsOn,
      String sourceId,
      List<Link> links) {
    this(
        projectId,
        workPackageId,
        name,
        plannedStart,
        plannedFinish,
        plannedCost,
        dependsOn,
        sourceId,
        links,
        null);
  }

  /** A work package imported or planned with finish-to-start links only. */
  public WorkPackagePlanned(
      UUID projectId,
      UUID workPackageId,
      String name,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      BigDecimal plannedCost,
      List<UUID> dependsOn,
      String sourceId) {
    this(
        projectId,
        workPackageId,
        name,
        plannedStart,
        plannedFinish,
        plannedCost,
        dependsOn,
        sourceId,
        null);
  }

  /** Its links: null in events recorded before the third edition, where each is FS without lag. */
  public List<Link> allLinks() {
    return Link.orFinishToStart(links, dependsOn);
  }

  /** A work package planned by hand. */
  public WorkPackagePlanned(
      UUID projectId,
      UUID workPackageId,
      String name,
      LocalDate plannedStart,
      LocalDate plannedFinish,
      BigDecimal plannedCost,
      List<UUID> dependsOn) {
    this(projectId, workPackageId, name, plannedStart, plannedFinish, plannedCost, dependsOn, null);
  }
}
