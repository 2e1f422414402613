package org.projectledger.api.quality;

/** Where a work package's deliverable stands with its acceptor. */
public enum DeliverableState {
  NOT_SUBMITTED,
  SUBMITTED,
  ACCEPTED,
  REJECTED,
  WAIVED;

  /** Accepted, or its acceptance waived by the sponsor: it does not hold up the hand-over. */
  public boolean settled() {
    return this == ACCEPTED || this == WAIVED;
  }
}
