package org.projectledger.query.project;

import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.projectledger.api.stakeholders.StakeholderInterestsChanged;
import org.projectledger.api.stakeholders.StakeholderRegistered;
import org.projectledger.query.ProjectViews;
import org.projectledger.query.consistency.ProjectionWrites;
import org.springframework.stereotype.Component;

/**
 * Each project's stakeholders (their personal data sealed) and interests, in {@code
 * project_stakeholder}. Every event carries absolute values or an id of its own, and every write
 * here sets those values or inserts only what is not there yet: an event delivered twice changes
 * nothing. One of the {@code projects} group's projections, each keeping its own tables (its writes
 * batched by {@code ProjectionWritesEnhancer}).
 */
@Component
@ProcessingGroup(ProjectViews.PROCESSING_GROUP)
class StakeholderProjection {

  private static final String[] TABLES = {"project_stakeholder"};

  private final ProjectionWrites writes;

  StakeholderProjection(ProjectionWrites writes) {
    this.writes = writes;
  }

  @ResetHandler
  void reset() {
    writes.clear(TABLES);
  }

  @EventHandler
  void on(StakeholderRegistered event) {
    writes.update(
        """
        INSERT INTO project_stakeholder (project_id, stakeholder_id, key_id, nonce, ciphertext,
            role, interests)
        SELECT ?, ?, ?, ?, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM project_stakeholder WHERE project_id = ? AND stakeholder_id = ?)
        """,
        event.projectId(),
        event.stakeholderId(),
        event.personalData().keyId(),
        event.personalData().nonce(),
        event.personalData().ciphertext(),
        event.role(),
        interests(event.interests()),
        event.projectId(),
        event.stakeholderId());
  }

  @EventHandler
  void on(StakeholderInterestsChanged event) {
    writes.update(
        "UPDATE project_stakeholder SET interests = ? WHERE project_id = ? AND stakeholder_id = ?",
        interests(event.newInterests()),
        event.projectId(),
        event.stakeholderId());
  }

  private static String interests(java.util.Set<?> interests) {
    return interests.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
  }
}
