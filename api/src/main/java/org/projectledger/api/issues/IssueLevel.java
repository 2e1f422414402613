package org.projectledger.api.issues;

/** An issue's priority or severity, lowest first. */
public enum IssueLevel {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
