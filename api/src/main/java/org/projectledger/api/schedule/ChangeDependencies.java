package org.projectledger.api.schedule;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager changes what a work package or milestone depends on (its links), with a reason:
 * before the first baseline directly, after it only through an approved change request.
 */
public record ChangeDependencies(
    @TargetAggregateIdentifier UUID projectId,
    UUID itemId,
    List<UUID> dependsOn,
    String reason,
    List<Link> links) {

  /** Finish-to-start predecessors without lags. */
  public ChangeDependencies(UUID projectId, UUID itemId, List<UUID> dependsOn, String reason) {
    this(projectId, itemId, dependsOn, reason, null);
  }

  /** {@code links} where given, else {@code dependsOn} as finish-to-start links. */
  public ChangeDependencies {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(itemId, "itemId");
    links = Link.orFinishToStart(links, Objects.requireNonNull(dependsOn, "dependsOn"));
    dependsOn = Link.predecessors(links);
  }
}
