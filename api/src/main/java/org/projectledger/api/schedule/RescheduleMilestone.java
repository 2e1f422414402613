package org.projectledger.api.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager moves a milestone; with {@code cascade} its successors move as far as they must. */
public record RescheduleMilestone(
    @TargetAggregateIdentifier UUID projectId,
    UUID milestoneId,
    LocalDate dueDate,
    String reason,
    boolean cascade) {

  public RescheduleMilestone {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(milestoneId, "milestoneId");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(reason, "reason");
  }
}
