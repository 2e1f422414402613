package org.projectledger.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.projectledger.api.ErrorCode;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers {@code /error} — where the servlet container sends what was refused before Spring MVC saw
 * it (Spring Security's firewall refusing an encoded control character or semicolon in a path, an
 * error sent by a filter) — with an RFC 9457 problem like every other refusal, rather than Spring
 * Boot's own JSON or HTML error page.
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = attribute instanceof Integer code && code >= 400 ? code : 500;
    ErrorCode code = codeFor(status);
    String detail =
        switch (code) {
          case MALFORMED_REQUEST ->
              "The request could not be read: its path, query or headers are not acceptable.";
          case NOT_FOUND -> "Nothing here.";
          case INTERNAL_ERROR -> "The request failed unexpectedly.";
          default -> code.title() + ".";
        };
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(code, HttpStatusCode.valueOf(status), detail));
  }

  static ErrorCode codeFor(int status) {
    if (status == HttpStatus.BAD_REQUEST.value()) {
      return ErrorCode.MALFORMED_REQUEST;
    }
    return Arrays.stream(ErrorCode.values())
        .filter(code -> code.status() == status)
        .findFirst()
        .orElse(status < 500 ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR);
  }
}
