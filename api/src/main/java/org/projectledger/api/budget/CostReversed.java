package org.projectledger.api.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A cost was reversed: it names the event it corrects ({@code corrects}, the id of the {@code
 * CostRecorded}), repeats what was reversed, and gives the line's actuals before and after.
 */
@Revision("1")
public record CostReversed(
    UUID projectId,
    UUID costId,
    UUID corrects,
    UUID budgetLineId,
    UUID workPackageId,
    BigDecimal amount,
    String currency,
    LocalDate incurredOn,
    String reason,
    BigDecimal lineActualBefore,
    BigDecimal lineActualAfter) {}
