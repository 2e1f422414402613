package org.projectledger.api;

/** The roles of API.md. A user's part in one project (its manager, its sponsor) is separate. */
public enum Role {
  PMO,
  MANAGER,
  SPONSOR,
  AUDITOR,
  VIEWER,
  ADMIN,
  /** A metrics scraper (Prometheus): reads /actuator/prometheus and nothing else. */
  METRICS
}
