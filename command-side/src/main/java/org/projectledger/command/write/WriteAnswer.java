package org.projectledger.command.write;

import java.util.UUID;

/** The body of a successful write: the project, its version after the write, the new item's id. */
public record WriteAnswer(UUID projectId, long version, UUID id) {}
