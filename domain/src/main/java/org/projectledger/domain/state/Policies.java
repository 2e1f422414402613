package org.projectledger.domain.state;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.projectledger.api.Actor;
import org.projectledger.api.Currencies;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.Signature;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.ProjectCodes;

/** The rules of DOMAIN.md as small named checks, each refusing with its error code. */
public final class Policies {

  private Policies() {}

  public static void require(boolean holds, ErrorCode code, String detail) {
    if (!holds) {
      throw new LedgerException(code, detail);
    }
  }

  /** A client-supplied id is new: a repeat is a conflict (API.md). */
  public static void requireNew(boolean isNew, String what, java.util.UUID id) {
    require(isNew, ErrorCode.DUPLICATE_ID, "A " + what + " with id " + id + " already exists");
  }

  public static void validCharter(CharterProject command) {
    require(
        ProjectCodes.isValid(command.code()),
        ErrorCode.VALIDATION_FAILED,
        "code must be 2 to 32 upper-case letters, digits and dashes, e.g. PRJ-2026-014");
    requireText(command.name(), "name");
    requireText(command.sponsor(), "sponsor");
    requireText(command.manager(), "manager");
    require(
        !command.sponsor().equals(command.manager()),
        ErrorCode.SEGREGATION_OF_DUTIES,
        "A project's sponsor is never its manager");
    require(
        Currencies.inCirculation(command.currency()),
        ErrorCode.VALIDATION_FAILED,
        "currency must be the ISO 4217 code of a currency in circulation, e.g. EUR");
    requireOrderedDates(command.plannedStart(), command.plannedFinish(), "The project");
  }

  public static void requireText(String value, String field) {
    require(
        value != null && !value.isBlank(),
        ErrorCode.VALIDATION_FAILED,
        field + " must not be blank");
  }

  /** A reason is required for every command that changes something already planned. */
  public static void requireReason(String reason) {
    require(
        reason != null && !reason.isBlank(),
        ErrorCode.VALIDATION_FAILED,
        "reason must say why the plan changes");
  }

  /** Amounts have at most 13 digits before the point (what the read models keep). */
  private static final BigDecimal TOO_LARGE = BigDecimal.TEN.pow(13);

  /**
   * An amount in the project's currency, exact in its minor unit (no fraction of a yen, fils to the
   * thousandth), below 10^13 (an exponent like 1E+2147483647 passes a digit count that overflows),
   * and zero or more (or more than zero where it must be).
   */
  public static void requireAmount(
      BigDecimal amount, String field, boolean positive, String currency) {
    require(
        amount.abs().compareTo(TOO_LARGE) < 0,
        ErrorCode.VALIDATION_FAILED,
        field + " must have at most 13 digits before the decimal point");
    int decimals = Currencies.minorUnit(currency);
    require(
        Currencies.fitsMinorUnit(amount, currency),
        ErrorCode.VALIDATION_FAILED,
        "%s has more than %d decimals, the most %s takes".formatted(field, decimals, currency));
    require(
        positive ? amount.signum() > 0 : amount.signum() >= 0,
        ErrorCode.VALIDATION_FAILED,
        field + (positive ? " must be more than zero" : " must not be negative"));
  }

  public static void requireOrderedDates(LocalDate start, LocalDate finish, String what) {
    require(
        !start.isAfter(finish),
        ErrorCode.INVALID_DATES,
        "%s would start on %s, after it finishes on %s".formatted(what, start, finish));
  }

  /** A signed act is signed by the one who acts, with their printed name. */
  public static void requireOwnSignature(Signature signature, Actor actor) {
    require(
        signature.signer().equals(actor.userName())
            && signature.printedName().equals(actor.fullName()),
        ErrorCode.SIGNATURE_INVALID,
        "The signature must be the acting user's own");
  }
}
