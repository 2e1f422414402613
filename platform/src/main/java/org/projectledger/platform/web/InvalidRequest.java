package org.projectledger.platform.web;

import java.util.List;
import org.projectledger.platform.web.Problems.FieldError;

/** A request whose parameters break a rule that annotations cannot say; answered 400. */
public class InvalidRequest extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidRequest(String field, String message) {
    super(field + " " + message);
    this.errors = List.of(new FieldError(field, message));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
