package org.projectledger.api;

/**
 * Every error the ledger can answer with. The name is the stable {@code code} of the problem
 * answer; the status is the HTTP status that API.md gives it.
 */
public enum ErrorCode {
  VALIDATION_FAILED(400, "Validation failed"),
  MALFORMED_REQUEST(400, "Malformed request"),
  UNAUTHENTICATED(401, "Not signed in"),
  FORBIDDEN(403, "Forbidden"),
  SEGREGATION_OF_DUTIES(403, "Segregation of duties"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  SIGNATURE_INVALID(403, "Signature not accepted"),
  DUPLICATE_PROJECT_CODE(409, "Duplicate project code"),
  DUPLICATE_ID(409, "Duplicate id"),
  INVALID_DATES(409, "Invalid dates"),
  DEPENDENCY_CYCLE(409, "Dependency cycle"),
  DEPENDENCY_VIOLATION(409, "Dependency violation"),
  PLAN_EXCEEDS_BUDGET(409, "Plan exceeds budget"),
  BUDGET_BELOW_ACTUALS(409, "Budget below actuals"),
  CURRENCY_MISMATCH(409, "Currency mismatch"),
  TOLERANCE_EXCEEDED(409, "Tolerance exceeded"),
  NOT_BASELINED(409, "No baseline yet"),
  CHANGE_REQUEST_NOT_OPEN(409, "Change request not open"),
  RISK_CLOSED(409, "Risk closed"),
  ISSUE_NOT_OPEN(409, "Issue not open"),
  DELIVERABLE_STATE(409, "Deliverable not in that state"),
  DELIVERABLES_NOT_ACCEPTED(409, "Deliverables not accepted"),
  OPEN_CHANGE_REQUESTS(409, "Open change requests"),
  PROJECT_CLOSED(409, "Project closed"),
  WORK_INCOMPLETE(409, "Work incomplete"),
  NOT_IN_MAINTENANCE(409, "Not in maintenance"),
  ALREADY_IN_MAINTENANCE(409, "Already in maintenance"),
  STAKEHOLDER_FORGOTTEN(409, "Stakeholder forgotten"),
  CONCURRENT_MODIFICATION(409, "Concurrent modification"),
  REPLAY_IN_PROGRESS(409, "Replay in progress"),
  ALREADY_REVERSED(409, "Already reversed"),
  HAS_DEPENDANTS(409, "Has dependants"),
  ITEM_CANCELLED(409, "Item cancelled"),
  CHANGE_CONTROL_REQUIRED(409, "Change control required"),
  VERSION_MISMATCH(412, "Version mismatch"),
  PAYLOAD_TOO_LARGE(413, "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
  IMPORT_REFUSED(422, "Import refused"),
  UNSUPPORTED_FILE(422, "Unsupported file"),
  RATE_LIMITED(429, "Too many writes"),
  INTERNAL_ERROR(500, "Internal error"),
  UNAVAILABLE(503, "Unavailable");

  private final int status;
  private final String title;

  ErrorCode(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
