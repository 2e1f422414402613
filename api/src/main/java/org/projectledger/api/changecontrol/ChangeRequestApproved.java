package org.projectledger.api.changecontrol;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.Signature;

/**
 * A change request was approved, with the sponsor's signature; the events of its changes and the
 * revised baseline follow.
 */
@Revision("1")
public record ChangeRequestApproved(
    UUID projectId, UUID changeRequestId, String comment, Signature signature) {}
