package org.projectledger.api.tolerance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A tolerance was breached: an exception for the sponsor (PRINCE2), never a refusal. COST: the
 * estimate at completion beyond the baseline total plus its percent ({@code baselineTotal}, {@code
 * tolerancePercent}, {@code limit}, {@code estimateAtCompletion}). SCHEDULE (revision 2): the
 * forecast finish beyond the baseline finish plus its days ({@code baselineFinish}, {@code
 * toleranceDays}, {@code forecastFinish}); the other kind's fields are null. {@code costId} names
 * the cost whose recording caused it, where one did.
 */
@Revision("2")
public record ToleranceBreached(
    UUID projectId,
    ToleranceKind kind,
    UUID costId,
    int baselineNumber,
    BigDecimal baselineTotal,
    BigDecimal tolerancePercent,
    BigDecimal limit,
    BigDecimal estimateAtCompletion,
    LocalDate baselineFinish,
    Integer toleranceDays,
    LocalDate forecastFinish) {

  /** A cost breach, as revision 1 recorded every breach. */
  public ToleranceBreached(
      UUID projectId,
      ToleranceKind kind,
      UUID costId,
      int baselineNumber,
      BigDecimal baselineTotal,
      BigDecimal tolerancePercent,
      BigDecimal limit,
      BigDecimal estimateAtCompletion) {
    this(
        projectId,
        kind,
        costId,
        baselineNumber,
        baselineTotal,
        tolerancePercent,
        limit,
        estimateAtCompletion,
        null,
        null,
        null);
  }
}
