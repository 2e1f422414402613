package org.projectledger.api.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager plans a milestone, with its due date and finish-to-start predecessors. */
public record PlanMilestone(
    @TargetAggregateIdentifier UUID projectId,
    UUID milestoneId,
    String name,
    LocalDate dueDate,
    List<UUID> dependsOn) {

  public PlanMilestone {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(milestoneId, "milestoneId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(dependsOn, "dependsOn");
    dependsOn = List.copyOf(dependsOn);
  }
}
