package org.projectledger.api.decisions;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A decision was recorded. */
@Revision("1")
public record DecisionRecorded(
    UUID projectId,
    UUID decisionId,
    String title,
    String rationale,
    List<String> alternativesConsidered) {}
