package org.projectledger.figures;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * A risk's expected monetary value, and a project's exposure against its contingency reserve: the
 * one definition the domain, the registers, the dashboard and the end-project report share.
 *
 * <p>Probability is the register's 1–5 scale read as 10, 30, 50, 70 and 90 % (the midpoints of five
 * equal bands); EMV is that share of the cost impact. A threat's EMV is what it is expected to
 * cost, an opportunity's what it is expected to save; exposure counts the open threats only.
 */
public final class RiskExposure {

  private static final BigDecimal[] PROBABILITY = {
    new BigDecimal("0.10"),
    new BigDecimal("0.30"),
    new BigDecimal("0.50"),
    new BigDecimal("0.70"),
    new BigDecimal("0.90")
  };

  private RiskExposure() {}

  /** The probability 1–5 as a share (0.10 to 0.90). */
  public static BigDecimal probability(int scale) {
    if (scale < 1 || scale > 5) {
      throw new IllegalArgumentException("probability must be from 1 to 5, not " + scale);
    }
    return PROBABILITY[scale - 1];
  }

  /** Expected monetary value: the probability's share of the cost impact, in minor units. */
  public static BigDecimal emv(int probability, BigDecimal costImpact, String currency) {
    if (costImpact == null) {
      return null;
    }
    return EarnedValue.money(probability(probability).multiply(costImpact), currency);
  }

  /** One open risk as the exposure counts it. */
  public record Open(boolean threat, int probability, BigDecimal costImpact) {}

  /**
   * The exposure of a project's open risks against its remaining reserve: the threats' EMV summed,
   * the reserve that remains, and whether the exposure is covered by it.
   */
  public record Exposure(BigDecimal exposure, BigDecimal reserveRemaining, boolean covered) {}

  public static Exposure of(Collection<Open> open, BigDecimal reserveRemaining, String currency) {
    BigDecimal total = BigDecimal.ZERO;
    for (Open risk : open) {
      if (risk.threat() && risk.costImpact() != null) {
        total = total.add(emv(risk.probability(), risk.costImpact(), currency));
      }
    }
    BigDecimal exposure = EarnedValue.money(total, currency);
    BigDecimal reserve = EarnedValue.money(reserveRemaining, currency);
    return new Exposure(exposure, reserve, exposure.compareTo(reserve) <= 0);
  }
}
