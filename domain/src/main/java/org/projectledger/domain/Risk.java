package org.projectledger.domain;

import java.util.Objects;

/** A risk as the aggregate needs it: its current assessment and whether it is open. */
final class Risk {

  int probability;
  int impact;
  boolean open;

  /** For snapshots. */
  Risk() {}

  Risk(int probability, int impact) {
    this.probability = probability;
    this.impact = impact;
    this.open = true;
  }

  /** State equality: a project rebuilt from a snapshot must equal one rebuilt from its events. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Risk other
        && probability == other.probability
        && impact == other.impact
        && open == other.open;
  }

  @Override
  public int hashCode() {
    return Objects.hash(probability, impact, open);
  }
}
