package org.projectledger.api.tolerance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The figure that breached a tolerance is back within it: the exception is cleared (PRINCE2). A
 * later breach is raised again. COST: {@code limit} and {@code estimateAtCompletion}; SCHEDULE:
 * {@code limitFinish} and {@code forecastFinish}; the other kind's fields are null. {@code causeId}
 * names the cost or other record whose recording brought it back, where one did.
 */
@Revision("1")
public record ToleranceRestored(
    UUID projectId,
    ToleranceKind kind,
    UUID causeId,
    int baselineNumber,
    BigDecimal limit,
    BigDecimal estimateAtCompletion,
    LocalDate limitFinish,
    LocalDate forecastFinish) {

  /** A cost restoration. */
  public ToleranceRestored(
      UUID projectId,
      ToleranceKind kind,
      UUID causeId,
      int baselineNumber,
      BigDecimal limit,
      BigDecimal estimateAtCompletion) {
    this(projectId, kind, causeId, baselineNumber, limit, estimateAtCompletion, null, null);
  }
}
