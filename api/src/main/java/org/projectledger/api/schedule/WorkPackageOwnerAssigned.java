package org.projectledger.api.schedule;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A work package's owner was named (the previous one, if any, beside). */
@Revision("1")
public record WorkPackageOwnerAssigned(
    UUID projectId, UUID workPackageId, String previousOwner, String owner) {}
