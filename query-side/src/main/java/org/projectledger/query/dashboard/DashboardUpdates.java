package org.projectledger.query.dashboard;

import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.projectledger.api.dashboard.DashboardChanged;
import org.projectledger.api.dashboard.WatchDashboard;
import org.projectledger.query.ProjectViews;
import org.projectledger.query.consistency.ProjectReadGate;
import org.springframework.stereotype.Component;

/**
 * Feeds the dashboard's live stream through Axon's subscription queries. It runs in the same
 * processing group as the read models it announces, and Axon emits an update only once the unit of
 * work has committed: a subscriber that reads on the update sees the new figures. Replays announce
 * nothing.
 */
@Component
@ProcessingGroup(ProjectViews.PROCESSING_GROUP)
class DashboardUpdates {

  private final QueryUpdateEmitter emitter;
  private final ProjectReadGate gate;

  DashboardUpdates(QueryUpdateEmitter emitter, ProjectReadGate gate) {
    this.emitter = emitter;
    this.gate = gate;
  }

  @EventHandler
  void on(Object event, DomainEventMessage<?> message, ReplayStatus replay) {
    if (replay.isReplay()) {
      return;
    }
    UUID projectId = UUID.fromString(message.getAggregateIdentifier());
    emitter.emit(
        WatchDashboard.class,
        query -> query.projectId().equals(projectId),
        new DashboardChanged(projectId, message.getSequenceNumber()));
  }

  @QueryHandler
  Long version(WatchDashboard query) {
    return gate.version(query.projectId()).orElse(-1);
  }
}
