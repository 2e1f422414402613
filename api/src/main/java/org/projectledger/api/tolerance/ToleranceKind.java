package org.projectledger.api.tolerance;

/** Which tolerance was breached. */
public enum ToleranceKind {
  SCHEDULE,
  COST
}
