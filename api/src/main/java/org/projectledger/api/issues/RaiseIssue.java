package org.projectledger.api.issues;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone on the project raises an issue and names the user who owns it. */
public record RaiseIssue(
    @TargetAggregateIdentifier UUID projectId,
    UUID issueId,
    IssueType type,
    String title,
    String description,
    IssueLevel priority,
    IssueLevel severity,
    String owner) {

  public RaiseIssue {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(issueId, "issueId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(owner, "owner");
  }
}
