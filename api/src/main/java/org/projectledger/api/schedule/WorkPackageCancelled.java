package org.projectledger.api.schedule;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A work package was cancelled, why, and by which approved change request ({@code changeRequestId};
 * null for a direct cancellation before the first baseline).
 */
@Revision("1")
public record WorkPackageCancelled(
    UUID projectId, UUID workPackageId, String reason, UUID changeRequestId) {}
