package org.projectledger.api.schedule;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A milestone moved: old and new due date, why, and what caused it (null for a direct move). */
@Revision("1")
public record MilestoneRescheduled(
    UUID projectId,
    UUID milestoneId,
    LocalDate oldDueDate,
    LocalDate newDueDate,
    String reason,
    UUID causedBy) {}
