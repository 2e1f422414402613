package org.projectledger.api.quality;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.Signature;

/** A submitted deliverable was rejected by its acceptor; it may be submitted again. */
@Revision("1")
public record DeliverableRejected(
    UUID projectId,
    UUID workPackageId,
    int submission,
    String submittedBy,
    String reason,
    Signature signature) {}
