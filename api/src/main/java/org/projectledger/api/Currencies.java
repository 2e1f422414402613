package org.projectledger.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Set;

/**
 * ISO 4217 currencies as the ledger accepts them: only currencies in circulation, each with its
 * minor unit (JPY 0 decimals, EUR 2, KWD 3).
 */
public final class Currencies {

  /**
   * Codes the JDK knows that are no currency in circulation: withdrawn currencies, funds and units
   * of account. Precious metals, testing and "no currency" codes (XAU, XTS, XXX…) have no minor
   * unit in the JDK and are left out by that.
   */
  private static final Set<String> NOT_IN_CIRCULATION =
      Set.of(
          "ADP", "AFA", "ANG", "ATS", "AYM", "AZM", "BEF", "BGL", "BOV", "BYB", "BYR", "CHE", "CHW",
          "CLF", "COU", "CSD", "CUC", "CYP", "DEM", "EEK", "ESP", "FIM", "FRF", "GHC", "GRD", "GWP",
          "HRK", "IEP", "ITL", "LTL", "LUF", "LVL", "MGF", "MRO", "MTL", "MXV", "MZM", "NLG", "PTE",
          "ROL", "RUR", "SDD", "SIT", "SKK", "SLL", "SRG", "STD", "TMM", "TPE", "TRL", "USN", "USS",
          "UYI", "VEB", "VEF", "XFO", "XFU", "YUM", "ZMK", "ZWD", "ZWL", "ZWN", "ZWR");

  private Currencies() {}

  /** Whether the code names a currency in circulation. */
  public static boolean inCirculation(String code) {
    if (code == null || NOT_IN_CIRCULATION.contains(code)) {
      return false;
    }
    return Currency.getAvailableCurrencies().stream()
        .anyMatch(
            currency ->
                currency.getCurrencyCode().equals(code)
                    && currency.getDefaultFractionDigits() >= 0);
  }

  /** The number of decimals of the currency's minor unit. */
  public static int minorUnit(String code) {
    return Currency.getInstance(code).getDefaultFractionDigits();
  }

  /**
   * An amount as shown and stored: in the currency's minor unit (JPY 0 decimals, EUR 2, KWD 3),
   * rounded half-even; null stays null. The one rounding of money in the ledger.
   */
  public static BigDecimal inMinorUnit(BigDecimal amount, String code) {
    return amount == null ? null : amount.setScale(minorUnit(code), RoundingMode.HALF_EVEN);
  }

  /** Whether an amount is exact in the currency's minor unit (no fraction of a yen). */
  public static boolean fitsMinorUnit(BigDecimal amount, String code) {
    return amount.stripTrailingZeros().scale() <= minorUnit(code);
  }
}
