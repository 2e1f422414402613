package org.projectledger.api.changecontrol;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.Signature;

/** A change request was rejected, with the sponsor's signature. */
@Revision("1")
public record ChangeRequestRejected(
    UUID projectId, UUID changeRequestId, String comment, Signature signature) {}
