package org.projectledger.api.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A milestone was planned; {@code sourceId} as for a work package ({@link WorkPackagePlanned}). */
@Revision("1")
public record MilestonePlanned(
    UUID projectId,
    UUID milestoneId,
    String name,
    LocalDate dueDate,
    List<UUID> dependsOn,
    String sourceId,
    List<Link> links,
    UUID parentId) {

  public MilestonePlanned(
      UUID projectId,
      UUID milestoneId,
      String name,
      LocalDate dueDate,
      List<UUID> dependsOn,
      String sourceId,
      List<Link> links) {
    this(projectId, milestoneId, name, dueDate, dependsOn, sourceId, links, null);
  }

  public MilestonePlanned(
      UUID projectId,
      UUID milestoneId,
      String name,
      LocalDate dueDate,
      List<UUID> dependsOn,
      String sourceId) {
    this(projectId, milestoneId, name, dueDate, dependsOn, sourceId, null);
  }

  /** Its links, as for a work package ({@link WorkPackagePlanned#allLinks()}). */
  public List<Link> allLinks() {
    return Link.orFinishToStart(links, dependsOn);
  }

  /** A milestone planned by hand. */
  public MilestonePlanned(
      UUID projectId, UUID milestoneId, String name, LocalDate dueDate, List<UUID> dependsOn) {
    this(projectId, milestoneId, name, dueDate, dependsOn, null);
  }
}
