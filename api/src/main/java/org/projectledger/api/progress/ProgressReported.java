package org.projectledger.api.progress;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Progress was reported: old and new percent complete, for which status date, and why where it
 * fell; and the work package's actual start and finish as they stand after the report (null where
 * not known; events recorded before the third edition hold none).
 */
@Revision("1")
public record ProgressReported(
    UUID projectId,
    UUID workPackageId,
    int oldPercentComplete,
    int newPercentComplete,
    LocalDate statusDate,
    String reason,
    LocalDate actualStart,
    LocalDate actualFinish) {

  /** A report without actual dates. */
  public ProgressReported(
      UUID projectId,
      UUID workPackageId,
      int oldPercentComplete,
      int newPercentComplete,
      LocalDate statusDate,
      String reason) {
    this(
        projectId,
        workPackageId,
        oldPercentComplete,
        newPercentComplete,
        statusDate,
        reason,
        null,
        null);
  }
}
