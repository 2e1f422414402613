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
  DUPLICATE_PROJECT_CODE(409, "Duplicate project code"),
  DUPLICATE_ID(409, "Duplicate id"),
  INVALID_DATES(409, "Invalid dates"),
  CONCURRENT_MODIFICATION(409, "Concurrent modification"),
  VERSION_MISMATCH(412, "Version mismatch"),
  PAYLOAD_TOO_LARGE(413, "Payload too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
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
