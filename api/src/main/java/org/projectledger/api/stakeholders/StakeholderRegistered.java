package org.projectledger.api.stakeholders;

import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A stakeholder was registered: role, organisation and interests in the clear, name and e-mail
 * sealed. Revision 2 added {@code organisation}; revision 1 events are upcast with none.
 */
@Revision("2")
public record StakeholderRegistered(
    UUID projectId,
    UUID stakeholderId,
    SealedPersonalData personalData,
    String role,
    Set<Interest> interests,
    String organisation) {}
