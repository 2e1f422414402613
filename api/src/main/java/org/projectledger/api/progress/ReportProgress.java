package org.projectledger.api.progress;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager reports how complete a work package is on a status date; lowering it needs a reason.
 */
public record ReportProgress(
    @TargetAggregateIdentifier UUID projectId,
    UUID workPackageId,
    int percentComplete,
    LocalDate statusDate,
    String reason) {

  public ReportProgress {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(statusDate, "statusDate");
  }
}
