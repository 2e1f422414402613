package org.projectledger.api.progress;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The manager reports how complete a work package is on a status date; lowering it needs a reason.
 * With it, where known, the day the work actually started and (at 100 %) actually finished
 * (DOMAIN.md third edition, "Actuals in time"); null leaves what is known as it is.
 */
public record ReportProgress(
    @TargetAggregateIdentifier UUID projectId,
    UUID workPackageId,
    int percentComplete,
    LocalDate statusDate,
    String reason,
    LocalDate actualStart,
    LocalDate actualFinish) {

  /** A report of progress alone, its actual dates left as known. */
  public ReportProgress(
      UUID projectId,
      UUID workPackageId,
      int percentComplete,
      LocalDate statusDate,
      String reason) {
    this(projectId, workPackageId, percentComplete, statusDate, reason, null, null);
  }

  public ReportProgress {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(workPackageId, "workPackageId");
    Objects.requireNonNull(statusDate, "statusDate");
  }
}
