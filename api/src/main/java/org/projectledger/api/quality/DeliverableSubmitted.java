package org.projectledger.api.quality;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A deliverable was submitted for acceptance (its n-th submission), by whom and with what note. */
@Revision("1")
public record DeliverableSubmitted(
    UUID projectId, UUID workPackageId, int submission, String submittedBy, String note) {}
