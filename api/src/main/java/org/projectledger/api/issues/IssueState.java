package org.projectledger.api.issues;

/** An issue is open until it is resolved or closed; a resolved issue may still be closed. */
public enum IssueState {
  OPEN,
  RESOLVED,
  CLOSED
}
