package org.projectledger.domain.state;

import java.util.Objects;
import java.util.UUID;

/**
 * A summary element of the WBS (DOMAIN.md, third edition): a name and the summary it sits under
 * (null at the top). It is never planned: its dates, cost, progress and earned value roll up from
 * the elements under it.
 */
public final class Summary {

  UUID id;
  String name;
  UUID parentId;
  String sourceId;

  /** For snapshots. */
  Summary() {}

  Summary(UUID id, String name, UUID parentId, String sourceId) {
    this.id = id;
    this.name = name;
    this.parentId = parentId;
    this.sourceId = sourceId;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public UUID parentId() {
    return parentId;
  }

  public String sourceId() {
    return sourceId;
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Summary other
        && Objects.equals(id, other.id)
        && Objects.equals(name, other.name)
        && Objects.equals(parentId, other.parentId)
        && Objects.equals(sourceId, other.sourceId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, parentId, sourceId);
  }
}
