package org.projectledger.api.status;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A status report was published. */
@Revision("1")
public record StatusReportPublished(
    UUID projectId, UUID reportId, Rag rag, String summary, LocalDate statusDate) {}
