package org.projectledger.api.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An actual cost was recorded, with the line's actuals before and after it. */
@Revision("1")
public record CostRecorded(
    UUID projectId,
    UUID costId,
    UUID budgetLineId,
    UUID workPackageId,
    BigDecimal amount,
    String currency,
    LocalDate incurredOn,
    String reference,
    String description,
    BigDecimal lineActualBefore,
    BigDecimal lineActualAfter) {}
