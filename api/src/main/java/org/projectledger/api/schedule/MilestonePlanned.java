package org.projectledger.api.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A milestone was planned. */
@Revision("1")
public record MilestonePlanned(
    UUID projectId, UUID milestoneId, String name, LocalDate dueDate, List<UUID> dependsOn) {}
