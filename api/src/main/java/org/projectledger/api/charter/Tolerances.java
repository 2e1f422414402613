package org.projectledger.api.charter;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * PRINCE2 tolerances: how far the finish dates (in days) and the total planned cost (in percent)
 * may drift from the baseline before a change must go through change control.
 */
public record Tolerances(int scheduleDays, BigDecimal costPercent) {

  public Tolerances {
    Objects.requireNonNull(costPercent, "costPercent");
    if (scheduleDays < 0) {
      throw new IllegalArgumentException("scheduleDays must be zero or more");
    }
    if (costPercent.signum() < 0) {
      throw new IllegalArgumentException("costPercent must be zero or more");
    }
  }
}
