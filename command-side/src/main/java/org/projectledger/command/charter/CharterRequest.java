package org.projectledger.command.charter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.projectledger.api.charter.ProjectCodes;
import org.projectledger.command.schedule.CalendarBody;
import org.projectledger.command.write.Iso4217;

/**
 * The body of {@code POST /api/projects} (API.md, CharterProject); without a {@code calendar} the
 * project works Monday to Friday.
 */
record CharterRequest(
    UUID projectId,
    @NotBlank
        @Size(min = 2, max = ProjectCodes.MAX_LENGTH)
        @Pattern(
            regexp = ProjectCodes.PATTERN,
            message = "must be upper-case letters, digits and dashes, e.g. PRJ-2026-014")
        String code,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 100) String sponsor,
    @NotBlank @Size(max = 100) String manager,
    @NotNull @Iso4217 String currency,
    @NotNull LocalDate plannedStart,
    @NotNull LocalDate plannedFinish,
    @NotNull @Valid TolerancesBody tolerances,
    @Valid CalendarBody calendar) {

  /** PRINCE2 tolerances: days of schedule slip and percent of cost growth. */
  record TolerancesBody(
      @NotNull @Min(0) Integer scheduleDays,
      @NotNull @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal costPercent) {}
}
