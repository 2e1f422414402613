package org.projectledger.api;

/**
 * A refusal by a rule of the ledger. It carries its {@link ErrorCode} so that nobody ever has to
 * parse a message to know what went wrong.
 */
public class LedgerException extends RuntimeException {

  private final ErrorCode code;
  private final transient java.util.Map<String, Object> properties;

  public LedgerException(ErrorCode code, String detail) {
    this(code, detail, java.util.Map.of());
  }

  /** A refusal with more to say than its detail: each property goes into the problem answer. */
  public LedgerException(ErrorCode code, String detail, java.util.Map<String, Object> properties) {
    super(detail);
    this.code = code;
    this.properties = java.util.Map.copyOf(properties);
  }

  public ErrorCode code() {
    return code;
  }

  public java.util.Map<String, Object> properties() {
    return properties;
  }
}
