package org.projectledger.api.charter;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A project was chartered. Carries the whole charter, so that no reader has to look anything up to
 * explain it. Who chartered it and when live in the event's metadata and timestamp.
 */
@Revision("1")
public record ProjectChartered(
    UUID projectId,
    String code,
    String name,
    String sponsor,
    String manager,
    String currency,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    Tolerances tolerances) {}
