package org.projectledger.api.lifecycle;

import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.projectledger.api.ProjectState;
import org.projectledger.api.Signature;

/** A project was closed, with the PMO's signature. */
@Revision("1")
public record ProjectClosed(
    UUID projectId, String closureNote, Signature signature, ProjectState oldState) {}
