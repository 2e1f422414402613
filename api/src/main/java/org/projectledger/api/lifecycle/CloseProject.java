package org.projectledger.api.lifecycle;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.projectledger.api.Signature;

/** The PMO closes a project: a signed act; afterwards nothing more is recorded on it. */
public record CloseProject(
    @TargetAggregateIdentifier UUID projectId, String closureNote, Signature signature) {

  public CloseProject {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(closureNote, "closureNote");
    Objects.requireNonNull(signature, "signature");
  }
}
