package org.projectledger.command.write;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.projectledger.api.ErrorCode;
import org.projectledger.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Axon's own refusals in the words of API.md; everything else is answered by ProblemAnswers. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WriteProblems {

  @ExceptionHandler(AggregateNotFoundException.class)
  ResponseEntity<ProblemDetail> unknownProject(AggregateNotFoundException exception) {
    return answer(
        Problems.of(
            ErrorCode.NOT_FOUND, "No project with id " + exception.getAggregateIdentifier() + "."));
  }

  @ExceptionHandler(ConcurrencyException.class)
  ResponseEntity<ProblemDetail> lostRace(ConcurrencyException exception) {
    return answer(
        Problems.of(
            ErrorCode.CONCURRENT_MODIFICATION,
            "Another change to this project was recorded at the same moment; nothing of yours was"
                + " recorded. Read the project again and retry."));
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
