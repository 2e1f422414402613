package org.projectledger.api.tolerance;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The ledger checks an executing project's tolerances on the day it is recorded on, once a day:
 * lateness and costs dated in the future move the figures with the calendar, not only with
 * commands. Records a breach or a restoration where there is one, and nothing otherwise.
 */
public record CheckTolerances(@TargetAggregateIdentifier UUID projectId) {

  public CheckTolerances {
    Objects.requireNonNull(projectId, "projectId");
  }
}
