package org.projectledger.platform.axon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Shows each event processor in {@code /actuator/health}: running or not, each segment's position
 * and lag behind the head of the event store, replays, and errors. A processor in error makes the
 * service DOWN: its read model no longer follows the ledger.
 */
@Component("eventProcessors")
class EventProcessorsHealth extends AbstractHealthIndicator {

  private final EventProcessingConfiguration processing;
  private final EventStore eventStore;

  EventProcessorsHealth(EventProcessingConfiguration processing, EventStore eventStore) {
    super("Event processor health check failed");
    this.processing = processing;
    this.eventStore = eventStore;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    OptionalLong head = position(eventStore.createHeadToken());
    boolean healthy = true;
    Map<String, Object> processors = new LinkedHashMap<>();
    for (EventProcessor processor : processing.eventProcessors().values()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("running", processor.isRunning());
      details.put("error", processor.isError());
      healthy &= !processor.isError();
      if (processor instanceof StreamingEventProcessor streaming) {
        Map<String, Object> segments = new LinkedHashMap<>();
        for (Map.Entry<Integer, EventTrackerStatus> entry :
            streaming.processingStatus().entrySet()) {
          EventTrackerStatus status = entry.getValue();
          Map<String, Object> segment = new LinkedHashMap<>();
          OptionalLong at = position(status.getTrackingToken());
          at.ifPresent(position -> segment.put("position", position));
          if (head.isPresent() && at.isPresent()) {
            segment.put("lag", Math.max(0, head.getAsLong() - at.getAsLong()));
          }
          segment.put("replaying", status.isReplaying());
          segment.put("caughtUp", status.isCaughtUp());
          if (status.isErrorState()) {
            healthy = false;
            segment.put("error", String.valueOf(status.getError().getMessage()));
          }
          segments.put(String.valueOf(entry.getKey()), segment);
        }
        details.put("segments", segments);
      }
      processors.put(processor.getName(), details);
    }
    builder.status(healthy ? "UP" : "DOWN");
    head.ifPresent(position -> builder.withDetail("head", position));
    builder.withDetail("processors", processors);
  }

  private static OptionalLong position(TrackingToken token) {
    return token == null ? OptionalLong.empty() : token.position();
  }
}
