package org.projectledger.api.schedule;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An item's dependencies changed: the old and the new predecessors, why, and by which approved
 * change request ({@code changeRequestId}; null for a direct change before the first baseline).
 */
@Revision("1")
public record DependenciesChanged(
    UUID projectId,
    UUID itemId,
    List<UUID> oldDependsOn,
    List<UUID> newDependsOn,
    String reason,
    UUID changeRequestId) {}
