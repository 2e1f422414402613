package org.projectledger.api.schedule;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager sets the project's working calendar, with a reason: before the first baseline
 * directly; after it only through an approved change request (DOMAIN.md, third edition).
 */
public record SetCalendar(
    @TargetAggregateIdentifier UUID projectId, ProjectCalendar calendar, String reason) {

  public SetCalendar {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(calendar, "calendar");
  }
}
