package org.projectledger.api.progress;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * Progress was reported: old and new percent complete, for which status date, and why where it
 * fell.
 */
@Revision("1")
public record ProgressReported(
    UUID projectId,
    UUID workPackageId,
    int oldPercentComplete,
    int newPercentComplete,
    LocalDate statusDate,
    String reason) {}
