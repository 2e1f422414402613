package org.projectledger.api.stakeholders;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A stakeholder was forgotten: their personal data can no longer be read anywhere. */
@Revision("1")
public record StakeholderForgotten(UUID projectId, UUID stakeholderId, String reason) {}
