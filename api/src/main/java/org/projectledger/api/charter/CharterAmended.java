package org.projectledger.api.charter;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.Signature;

/**
 * The charter was amended: old and new of every field (a field not amended has the same old and new
 * value), why, and the sponsor's signature.
 */
@Revision("1")
public record CharterAmended(
    UUID projectId,
    String oldName,
    String newName,
    LocalDate oldPlannedStart,
    LocalDate newPlannedStart,
    LocalDate oldPlannedFinish,
    LocalDate newPlannedFinish,
    Tolerances oldTolerances,
    Tolerances newTolerances,
    String reason,
    Signature signature) {}
