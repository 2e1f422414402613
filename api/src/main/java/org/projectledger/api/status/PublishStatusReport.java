package org.projectledger.api.status;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The manager publishes a status report: RAG, summary, status date. */
public record PublishStatusReport(
    @TargetAggregateIdentifier UUID projectId,
    UUID reportId,
    Rag rag,
    String summary,
    LocalDate statusDate) {

  public PublishStatusReport {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(rag, "rag");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(statusDate, "statusDate");
  }
}
