package org.projectledger.api;

/**
 * A refusal by a rule of the ledger. It carries its {@link ErrorCode} so that nobody ever has to
 * parse a message to know what went wrong.
 */
public class LedgerException extends RuntimeException {

  private final ErrorCode code;

  public LedgerException(ErrorCode code, String detail) {
    super(detail);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
