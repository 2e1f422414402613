package org.projectledger.domain;

import java.util.Currency;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.ProjectCodes;

/** The rules of DOMAIN.md as small named checks, each refusing with its error code. */
final class Policies {

  private Policies() {}

  static void require(boolean holds, ErrorCode code, String detail) {
    if (!holds) {
      throw new LedgerException(code, detail);
    }
  }

  static void validCharter(CharterProject command) {
    require(
        ProjectCodes.isValid(command.code()),
        ErrorCode.VALIDATION_FAILED,
        "code must be 2 to 32 upper-case letters, digits and dashes, e.g. PRJ-2026-014");
    require(!command.name().isBlank(), ErrorCode.VALIDATION_FAILED, "name must not be blank");
    require(!command.sponsor().isBlank(), ErrorCode.VALIDATION_FAILED, "sponsor must be named");
    require(!command.manager().isBlank(), ErrorCode.VALIDATION_FAILED, "manager must be named");
    require(
        isIso4217(command.currency()),
        ErrorCode.VALIDATION_FAILED,
        "currency must be an ISO 4217 code, e.g. EUR");
    require(
        !command.plannedStart().isAfter(command.plannedFinish()),
        ErrorCode.INVALID_DATES,
        "plannedStart %s is after plannedFinish %s"
            .formatted(command.plannedStart(), command.plannedFinish()));
  }

  static boolean isIso4217(String code) {
    return Currency.getAvailableCurrencies().stream()
        .anyMatch(currency -> currency.getCurrencyCode().equals(code));
  }
}
