package org.projectledger.api.changecontrol;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A change request was raised, with every proposed change and who asked. */
@Revision("1")
public record ChangeRequestRaised(
    UUID projectId,
    UUID changeRequestId,
    String title,
    String justification,
    List<ProposedChange> proposedChanges,
    String requestedBy) {}
