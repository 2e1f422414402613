package org.projectledger.api.maintenance;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.ProjectState;
import org.projectledger.api.Signature;

/**
 * The project was handed over to operations, with the sponsor's signature, and moved into
 * maintenance; {@code workPackages} is how many work packages were complete.
 */
@Revision("1")
public record ProjectHandedOver(
    UUID projectId,
    String note,
    Signature signature,
    int workPackages,
    ProjectState oldState,
    ProjectState newState) {}
