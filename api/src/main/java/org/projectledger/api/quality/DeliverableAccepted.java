package org.projectledger.api.quality;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.Signature;

/** A submitted deliverable was accepted by its acceptor, who is not the one who submitted it. */
@Revision("1")
public record DeliverableAccepted(
    UUID projectId,
    UUID workPackageId,
    int submission,
    String submittedBy,
    String comment,
    Signature signature) {}
