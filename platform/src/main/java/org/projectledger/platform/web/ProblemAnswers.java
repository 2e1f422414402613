package org.projectledger.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.platform.web.Problems.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The one place that turns every failure into an RFC 9457 problem with a stable {@code code}. No
 * answer carries a stack trace, a class name or SQL; anything unforeseen is a 500, logged as the
 * bug it is.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAnswers extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemAnswers.class);

  private static final java.util.Set<ErrorCode> REFUSALS =
      java.util.EnumSet.of(
          ErrorCode.FORBIDDEN, ErrorCode.SEGREGATION_OF_DUTIES, ErrorCode.SIGNATURE_INVALID);

  private final ApplicationEventPublisher events;

  ProblemAnswers(ApplicationEventPublisher events) {
    this.events = events;
  }

  @ExceptionHandler(LedgerException.class)
  ResponseEntity<Object> refused(
      LedgerException exception, jakarta.servlet.http.HttpServletRequest request) {
    if (REFUSALS.contains(exception.code())) {
      events.publishEvent(new RequestRefused(request, exception.code()));
    }
    ProblemDetail problem = Problems.of(exception.code(), exception.getMessage());
    exception.properties().forEach(problem::setProperty);
    return answer(problem);
  }

  @ExceptionHandler(InvalidRequest.class)
  ResponseEntity<Object> invalidRequest(InvalidRequest exception) {
    return answer(Problems.validation("Some parameters are not valid.", exception.errors()));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> invalidParameters(ConstraintViolationException exception) {
    List<FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(
                violation ->
                    new FieldError(lastNode(violation.getPropertyPath()), violation.getMessage()))
            .toList();
    return answer(Problems.validation("Some parameters are not valid.", errors));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> parameterOfWrongType(MethodArgumentTypeMismatchException exception) {
    String expected =
        exception.getRequiredType() == null
            ? "a valid value"
            : "a valid " + exception.getRequiredType().getSimpleName();
    return answer(
        Problems.validation(
            "Parameter '" + exception.getName() + "' is not valid.",
            List.of(new FieldError(exception.getName(), "must be " + expected))));
  }

  /**
   * Whether the failure comes from a database that cannot be reached: a connection refused, reset
   * or closed, a pool that gave up waiting, or a server shutting down (SQL states 08xxx,
   * 57P01–57P03).
   */
  public static boolean storeUnreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLTransientConnectionException
          || cause instanceof java.sql.SQLNonTransientConnectionException
          || cause instanceof java.sql.SQLRecoverableException
          || cause instanceof CannotGetJdbcConnectionException
          || cause instanceof CannotCreateTransactionException) {
        return true;
      }
      // Hikari's proxy of a connection it found broken says only this, without a state.
      if (cause instanceof java.sql.SQLException sql
          && sql.getSQLState() == null
          && "Connection is closed".equals(sql.getMessage())) {
        return true;
      }
      if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03")) {
          return true;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  @ExceptionHandler({
    CannotGetJdbcConnectionException.class,
    CannotCreateTransactionException.class,
    DataAccessResourceFailureException.class,
    TransientDataAccessResourceException.class
  })
  ResponseEntity<Object> storeUnavailable(Exception exception) {
    LOG.error("The store cannot be reached", exception);
    if (duringCommit(exception)) {
      // The store went away while the transaction was being committed: the commit may have
      // reached it before the connection broke. No client can know; say so rather than claim
      // that nothing was recorded.
      return ResponseEntity.status(503)
          .header(OUTCOME, "unknown")
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(
              Problems.of(
                  ErrorCode.UNAVAILABLE,
                  "The store went away while this write was being committed: it may or may not"
                      + " have been recorded. Read the project to see, or repeat the write with the"
                      + " same Idempotency-Key."));
    }
    return answer(
        Problems.of(
            ErrorCode.UNAVAILABLE,
            "The store cannot be reached; nothing was recorded. Try again shortly."));
  }

  /** The header that marks a write whose outcome the service cannot know. */
  public static final String OUTCOME = "X-Ledger-Outcome";

  /**
   * Whether a failure arose while a transaction was being committed (Spring's commit, or the
   * rollback it tries when the commit fails, or a command's append, which carries its commit on
   * PostgreSQL), rather than before: then the commit may have reached the store.
   */
  public static boolean duringCommit(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      for (StackTraceElement frame : cause.getStackTrace()) {
        if (frame.getClassName().endsWith("AbstractPlatformTransactionManager")
            && (frame.getMethodName().equals("processCommit")
                || frame.getMethodName().equals("doRollbackOnCommitException"))) {
          return true;
        }
        if (frame.getClassName().endsWith(".OrderedAppends")
            && frame.getMethodName().equals("appendAndCommit")) {
          return true;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> bug(Exception exception) {
    // Axon wraps what the database said in its own exceptions (EventStoreException, JdbcException):
    // a lost connection to the store is an outage, not a bug — and never a client gone away.
    if (storeUnreachable(exception)) {
      return storeUnavailable(exception);
    }
    if (DisconnectedClientHelper.isClientDisconnectedException(exception)) {
      // The client went away mid-answer (an export read in part): nothing to answer, no bug.
      LOG.debug("The client went away before the answer was written", exception);
      return null;
    }
    LOG.error("Unexpected failure answering a request", exception);
    return answer(
        Problems.of(
            ErrorCode.INTERNAL_ERROR,
            "Something went wrong on our side. It has been logged; nothing was recorded."));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        exception.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
            .collect(Collectors.toList());
    exception
        .getBindingResult()
        .getGlobalErrors()
        .forEach(
            error -> errors.add(new FieldError(error.getObjectName(), error.getDefaultMessage())));
    return answer(Problems.validation("Some fields are not valid.", errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        exception.getParameterValidationResults().stream()
            .flatMap(
                (ParameterValidationResult result) ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldError(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage())))
            .toList();
    return answer(Problems.validation("Some parameters are not valid.", errors));
  }

  /** An upload over the limit, counted by the multipart parser (a chunked one too). */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return answer(BodySizeLimit.tooLarge());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException exception,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = exception.getCause();
    for (Throwable c = exception; c != null; c = c.getCause()) {
      if (c instanceof BodySizeLimit.TooLarge) {
        return answer(BodySizeLimit.tooLarge());
      }
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return answer(
          Problems.validation(
              "The body has a field this request does not take.",
              List.of(
                  new FieldError(
                      path(unknown),
                      "unknown field; this request takes "
                          + unknown.getKnownPropertyIds().stream()
                              .map(String::valueOf)
                              .sorted()
                              .collect(Collectors.joining(", "))))));
    }
    if (cause instanceof InvalidFormatException invalid) {
      return answer(
          Problems.validation(
              "A field has a value of the wrong form.",
              List.of(new FieldError(path(invalid), expectation(invalid.getTargetType())))));
    }
    if (cause instanceof ValueInstantiationException instantiation) {
      String reason =
          instantiation.getCause() == null
              ? "is not valid"
              : String.valueOf(instantiation.getCause().getMessage());
      return answer(
          Problems.validation(
              "A value is not valid.", List.of(new FieldError(path(instantiation), reason))));
    }
    if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
      return answer(
          Problems.validation(
              "A field has a value of the wrong type.",
              List.of(new FieldError(path(mismatched), expectation(mismatched.getTargetType())))));
    }
    String detail =
        cause instanceof JsonProcessingException
            ? "The body is not well-formed JSON."
            : "The request body is missing or unreadable.";
    return answer(Problems.of(ErrorCode.MALFORMED_REQUEST, detail));
  }

  /** Every other Spring MVC failure (404, 405, 406, 413, 415, …) keeps its status, gains a code. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception exception,
      Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ErrorCode code = codeFor(status);
    ProblemDetail problem =
        Problems.of(code, status, body instanceof ProblemDetail given ? given.getDetail() : null);
    return ResponseEntity.status(status)
        .headers(headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static ErrorCode codeFor(HttpStatusCode status) {
    return Arrays.stream(ErrorCode.values())
        .filter(code -> code.status() == status.value())
        .findFirst()
        .orElse(status.is4xxClientError() ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR);
  }

  private static ResponseEntity<Object> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String path(JsonMappingException exception) {
    return exception.getPath().stream()
        .map(
            reference ->
                reference.getFieldName() != null
                    ? reference.getFieldName()
                    : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String expectation(Class<?> type) {
    if (type == null) {
      return "has the wrong type";
    }
    if (type.isEnum()) {
      return "must be one of "
          + Arrays.stream(type.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
    }
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "must be a date like 2026-03-01";
      case "Instant" -> "must be an instant like 2026-03-01T09:30:00Z";
      case "UUID" -> "must be a UUID";
      case "BigDecimal", "int", "Integer", "long", "Long" -> "must be a number";
      case "boolean", "Boolean" -> "must be true or false";
      default -> "has the wrong type";
    };
  }

  private static String lastNode(jakarta.validation.Path path) {
    String name = null;
    for (jakarta.validation.Path.Node node : path) {
      name = node.getName();
    }
    return name;
  }
}
