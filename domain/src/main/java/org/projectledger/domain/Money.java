package org.projectledger.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is computed in full precision and rounded only where it is written out (DOMAIN.md). */
final class Money {

  private Money() {}

  /** Two decimals, half-even. */
  static BigDecimal round(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }
}
