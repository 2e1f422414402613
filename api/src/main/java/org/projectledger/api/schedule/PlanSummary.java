package org.projectledger.api.schedule;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager adds a summary element to the WBS (DOMAIN.md, third edition): a name, and the summary
 * it sits under ({@code parentId}; null at the top). Its dates, cost, progress and earned value are
 * never planned: they roll up from the elements under it.
 */
public record PlanSummary(
    @TargetAggregateIdentifier UUID projectId, UUID summaryId, String name, UUID parentId) {

  public PlanSummary {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(summaryId, "summaryId");
  }
}
