package org.projectledger.api.quality;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A work package's deliverable: its acceptance criteria and its acceptor, set or changed. A change
 * after a submission asks for the deliverable to be submitted again.
 */
@Revision("1")
public record AcceptanceCriteriaSet(
    UUID projectId, UUID workPackageId, List<String> criteria, String acceptor) {}
