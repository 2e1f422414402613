package org.projectledger.api.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager plans a milestone, with its due date and predecessors (links of any type). */
public record PlanMilestone(
    @TargetAggregateIdentifier UUID projectId,
    UUID milestoneId,
    String name,
    LocalDate dueDate,
    List<UUID> dependsOn,
    List<Link> links,
    UUID parentId) {

  public PlanMilestone(
      UUID projectId,
      UUID milestoneId,
      String name,
      LocalDate dueDate,
      List<UUID> dependsOn,
      List<Link> links) {
    this(projectId, milestoneId, name, dueDate, dependsOn, links, null);
  }

  /** Finish-to-start predecessors without lags, as before the third edition. */
  public PlanMilestone(
      UUID projectId, UUID milestoneId, String name, LocalDate dueDate, List<UUID> dependsOn) {
    this(projectId, milestoneId, name, dueDate, dependsOn, null, null);
  }

  /** {@code links} where given, else {@code dependsOn} as finish-to-start links. */
  public PlanMilestone {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(milestoneId, "milestoneId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dueDate, "dueDate");
    links = Link.orFinishToStart(links, Objects.requireNonNull(dependsOn, "dependsOn"));
    dependsOn = Link.predecessors(links);
  }
}
