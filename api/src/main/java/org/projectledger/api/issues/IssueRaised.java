package org.projectledger.api.issues;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An issue was raised: what, how urgent and how severe, by whom, and who owns it. */
@Revision("1")
public record IssueRaised(
    UUID projectId,
    UUID issueId,
    IssueType type,
    String title,
    String description,
    IssueLevel priority,
    IssueLevel severity,
    String raisedBy,
    String owner) {}
