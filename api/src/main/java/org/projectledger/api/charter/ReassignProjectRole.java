package org.projectledger.api.charter;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.Signature;

/**
 * The PMO hands a project's manager or sponsor part to another user: a signed act with a reason. A
 * project's sponsor is never its manager.
 */
public record ReassignProjectRole(
    @TargetAggregateIdentifier UUID projectId,
    ProjectRole role,
    String to,
    String reason,
    Signature signature) {

  public ReassignProjectRole {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(signature, "signature");
  }
}
