package org.projectledger.api.quality;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.Signature;

/** The sponsor waived a deliverable's acceptance: it no longer holds up the hand-over. */
@Revision("1")
public record AcceptanceWaived(
    UUID projectId,
    UUID workPackageId,
    DeliverableState previousState,
    String reason,
    Signature signature) {}
