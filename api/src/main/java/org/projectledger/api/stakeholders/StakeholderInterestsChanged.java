package org.projectledger.api.stakeholders;

import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A stakeholder's interests changed: old and new, and why. */
@Revision("1")
public record StakeholderInterestsChanged(
    UUID projectId,
    UUID stakeholderId,
    Set<Interest> oldInterests,
    Set<Interest> newInterests,
    String reason) {}
