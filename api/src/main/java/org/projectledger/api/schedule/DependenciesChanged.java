package org.projectledger.api.schedule;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An item's dependencies changed: the old and the new predecessors (ids, and since the third
 * edition the links with their types and lags), why, and by which approved change request ({@code
 * changeRequestId}; null for a direct change before the first baseline).
 */
@Revision("1")
public record DependenciesChanged(
    UUID projectId,
    UUID itemId,
    List<UUID> oldDependsOn,
    List<UUID> newDependsOn,
    String reason,
    UUID changeRequestId,
    List<Link> oldLinks,
    List<Link> newLinks) {

  public DependenciesChanged(
      UUID projectId,
      UUID itemId,
      List<UUID> oldDependsOn,
      List<UUID> newDependsOn,
      String reason,
      UUID changeRequestId) {
    this(projectId, itemId, oldDependsOn, newDependsOn, reason, changeRequestId, null, null);
  }

  /** The new links: null before the third edition, where each is FS without lag. */
  public List<Link> allNewLinks() {
    return Link.orFinishToStart(newLinks, newDependsOn);
  }

  public List<Link> allOldLinks() {
    return Link.orFinishToStart(oldLinks, oldDependsOn);
  }
}
