package org.projectledger.api.maintenance;

/** What a maintenance activity was. */
public enum MaintenanceKind {
  PATCH,
  UPGRADE,
  INCIDENT,
  REVIEW
}
