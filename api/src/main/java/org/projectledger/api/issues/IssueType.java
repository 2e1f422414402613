package org.projectledger.api.issues;

/** The kinds of issue PRINCE2 names. */
public enum IssueType {
  /** A proposal to change a baseline. */
  REQUEST_FOR_CHANGE,
  /**
   * Something the project should provide, or has provided, that does not meet its specification.
   */
  OFF_SPECIFICATION,
  /** Any other problem or concern the manager has to deal with. */
  PROBLEM_CONCERN;

  /** Whether an issue of this kind may become a change request (a request or an off-spec). */
  public boolean escalates() {
    return this != PROBLEM_CONCERN;
  }
}
