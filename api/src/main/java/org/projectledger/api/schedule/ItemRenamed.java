package org.projectledger.api.schedule;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An element of the WBS (a work package, a milestone or a summary element) was renamed, with a
 * reason: a name is no part of a baseline's figures, so it changes without change control.
 */
@Revision("1")
public record ItemRenamed(
    UUID projectId, UUID itemId, String oldName, String newName, String reason) {}
