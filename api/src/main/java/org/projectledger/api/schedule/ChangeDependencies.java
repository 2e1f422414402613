package org.projectledger.api.schedule;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager changes what a work package or milestone depends on (finish-to-start), with a reason:
 * before the first baseline directly, after it only through an approved change request.
 */
public record ChangeDependencies(
    @TargetAggregateIdentifier UUID projectId, UUID itemId, List<UUID> dependsOn, String reason) {

  public ChangeDependencies {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(itemId, "itemId");
    dependsOn = List.copyOf(Objects.requireNonNull(dependsOn, "dependsOn"));
  }
}
