package org.projectledger.api.issues;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An open issue was resolved. */
@Revision("1")
public record IssueResolved(UUID projectId, UUID issueId, String resolution, String resolvedBy) {}
