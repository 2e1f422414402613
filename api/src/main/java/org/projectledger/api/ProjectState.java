package org.projectledger.api;

/** The lifecycle of DOMAIN.md: CHARTERED, then EXECUTING, IN_MAINTENANCE, and finally CLOSED. */
public enum ProjectState {
  CHARTERED,
  EXECUTING,
  IN_MAINTENANCE,
  CLOSED
}
