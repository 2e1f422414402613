package org.projectledger.api.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A work package was planned. */
@Revision("1")
public record WorkPackagePlanned(
    UUID projectId,
    UUID workPackageId,
    String name,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    BigDecimal plannedCost,
    List<UUID> dependsOn) {}
