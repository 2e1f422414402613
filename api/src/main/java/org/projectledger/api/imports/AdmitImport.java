package org.projectledger.api.imports;

import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Before an uploaded file is read at all, the project says whether it exists and whether the caller
 * may import into it (its manager, on an open project). Nothing is recorded.
 */
public record AdmitImport(@TargetAggregateIdentifier UUID projectId) {

  public AdmitImport {
    Objects.requireNonNull(projectId, "projectId");
  }
}
