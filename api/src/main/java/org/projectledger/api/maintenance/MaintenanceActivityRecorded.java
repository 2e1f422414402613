package org.projectledger.api.maintenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A maintenance activity was recorded; where it cost something, with the MAINTENANCE line it was
 * booked against and that line's actuals before and after (null otherwise).
 */
@Revision("1")
public record MaintenanceActivityRecorded(
    UUID projectId,
    UUID activityId,
    MaintenanceKind kind,
    LocalDate performedOn,
    String description,
    String outcome,
    UUID budgetLineId,
    BigDecimal cost,
    String currency,
    BigDecimal lineActualBefore,
    BigDecimal lineActualAfter) {}
