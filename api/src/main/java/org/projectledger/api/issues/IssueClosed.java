package org.projectledger.api.issues;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An issue was closed, from the state it was in. */
@Revision("1")
public record IssueClosed(
    UUID projectId, UUID issueId, IssueState previousState, String resolution) {}
