package org.projectledger.api.stakeholders;

import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A stakeholder was registered: role and interests in the clear, name and e-mail sealed. */
@Revision("1")
public record StakeholderRegistered(
    UUID projectId,
    UUID stakeholderId,
    SealedPersonalData personalData,
    String role,
    Set<Interest> interests) {}
