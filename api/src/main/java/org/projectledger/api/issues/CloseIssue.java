package org.projectledger.api.issues;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager closes an issue, open or resolved, with the word on how it ends. */
public record CloseIssue(
    @TargetAggregateIdentifier UUID projectId, UUID issueId, String resolution) {

  public CloseIssue {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(resolution, "resolution");
  }
}
