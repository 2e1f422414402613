package org.projectledger.api.schedule;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A work package moved: old and new dates, why, and what caused it ({@code causedBy} names the item
 * whose move cascaded here, or the approved change request; null for a direct move).
 */
@Revision("1")
public record WorkPackageRescheduled(
    UUID projectId,
    UUID workPackageId,
    LocalDate oldStart,
    LocalDate oldFinish,
    LocalDate newStart,
    LocalDate newFinish,
    String reason,
    UUID causedBy) {}
