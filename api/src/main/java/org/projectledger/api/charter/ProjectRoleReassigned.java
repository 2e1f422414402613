package org.projectledger.api.charter;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.Signature;

/** A project's manager or sponsor part passed from one user to another, why, signed by the PMO. */
@Revision("1")
public record ProjectRoleReassigned(
    UUID projectId, ProjectRole role, String from, String to, String reason, Signature signature) {}
