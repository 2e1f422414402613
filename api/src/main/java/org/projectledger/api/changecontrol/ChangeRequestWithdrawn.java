package org.projectledger.api.changecontrol;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A change request was withdrawn. */
@Revision("1")
public record ChangeRequestWithdrawn(UUID projectId, UUID changeRequestId, String reason) {}
