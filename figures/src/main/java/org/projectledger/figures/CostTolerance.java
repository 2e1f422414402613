package org.projectledger.figures;

import java.math.BigDecimal;

/**
 * PRINCE2's cost tolerance against the latest baseline: the estimate at completion may exceed the
 * baseline's total planned cost by at most {@code costPercent}. The dashboard shows it and the
 * aggregate raises and clears its exception by this one rule.
 */
public final class CostTolerance {

  private CostTolerance() {}

  /** The highest EAC within tolerance: the baseline total plus its {@code costPercent} share. */
  public static BigDecimal limit(BigDecimal baselineTotal, BigDecimal costPercent) {
    return baselineTotal.add(baselineTotal.multiply(costPercent).movePointLeft(2));
  }

  /** Whether an estimate at completion lies within the limit. */
  public static boolean within(BigDecimal estimateAtCompletion, BigDecimal limit) {
    return estimateAtCompletion.compareTo(limit) <= 0;
  }
}
