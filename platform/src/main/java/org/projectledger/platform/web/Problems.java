package org.projectledger.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.projectledger.api.ErrorCode;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the RFC 9457 problem answers of API.md: type, title, status, detail and a stable code. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(ErrorCode code, String detail) {
    return of(code, HttpStatusCode.valueOf(code.status()), detail);
  }

  /** For the few answers whose status depends on the situation rather than on the code. */
  public static ProblemDetail of(ErrorCode code, HttpStatusCode status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(typeOf(code));
    problem.setTitle(code.title());
    problem.setProperty("code", code.name());
    return problem;
  }

  public static ProblemDetail validation(String detail, List<FieldError> errors) {
    ProblemDetail problem = of(ErrorCode.VALIDATION_FAILED, detail);
    problem.setProperty("errors", errors);
    return problem;
  }

  public static URI typeOf(ErrorCode code) {
    return URI.create("/problems/" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /** One field that failed validation. */
  public record FieldError(String field, String message) {}
}
