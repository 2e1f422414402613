package org.projectledger.api.schedule;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A summary element joined the WBS, under {@code parentId} (null: at the top); {@code sourceId} is
 * its own id in the plan file it was imported from (null when added by hand).
 */
@Revision("1")
public record SummaryPlanned(
    UUID projectId, UUID summaryId, String name, UUID parentId, String sourceId) {}
