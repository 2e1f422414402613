package org.projectledger.api.issues;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The issue's owner or the manager records how an open issue was resolved. */
public record ResolveIssue(
    @TargetAggregateIdentifier UUID projectId, UUID issueId, String resolution) {

  public ResolveIssue {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(resolution, "resolution");
  }
}
