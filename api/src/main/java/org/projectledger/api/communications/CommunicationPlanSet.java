package org.projectledger.api.communications;

import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.stakeholders.Interest;
import org.projectledger.api.stakeholders.SealedPersonalData;

/**
 * A stakeholder's communication plan was set: channel, sealed address, frequency, and the topics it
 * covers — the stakeholder's interests when it was set (later changes of interest change the topics
 * with them). The previous channel and frequency are null for a first plan.
 */
@Revision("1")
public record CommunicationPlanSet(
    UUID projectId,
    UUID stakeholderId,
    Channel channel,
    SealedPersonalData address,
    Frequency frequency,
    Set<Interest> topics,
    Channel oldChannel,
    Frequency oldFrequency) {}
