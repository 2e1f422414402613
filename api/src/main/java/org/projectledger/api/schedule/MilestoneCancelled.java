package org.projectledger.api.schedule;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A milestone was cancelled, why, and by which approved change request ({@code changeRequestId};
 * null for a direct cancellation before the first baseline).
 */
@Revision("1")
public record MilestoneCancelled(
    UUID projectId, UUID milestoneId, String reason, UUID changeRequestId) {}
