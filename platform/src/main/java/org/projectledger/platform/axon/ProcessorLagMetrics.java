package org.projectledger.platform.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code ledger.projection.lag}: how many events each streaming processor is behind the head of the
 * event store, its slowest segment counting. Axon's own metrics give processing latency; this gives
 * the distance.
 */
@Component
class ProcessorLagMetrics {

  private final EventProcessingConfiguration processing;
  private final EventStore eventStore;
  private final MeterRegistry meters;

  ProcessorLagMetrics(
      EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry meters) {
    this.processing = processing;
    this.eventStore = eventStore;
    this.meters = meters;
  }

  @EventListener(ApplicationReadyEvent.class)
  void register() {
    processing
        .eventProcessors()
        .forEach(
            (name, processor) -> {
              if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("ledger.projection.lag", streaming, this::lag)
                    .description("Events the processor is behind the head of the event store")
                    .baseUnit("events")
                    .tag("processor", name)
                    .register(meters);
              }
            });
  }

  private double lag(StreamingEventProcessor processor) {
    OptionalLong head = position(eventStore.createHeadToken());
    if (head.isEmpty()) {
      return 0;
    }
    long slowest = Long.MAX_VALUE;
    for (EventTrackerStatus status : processor.processingStatus().values()) {
      slowest = Math.min(slowest, status.getCurrentPosition().orElse(-1));
    }
    return slowest == Long.MAX_VALUE
        ? head.getAsLong() + 1
        : Math.max(0, head.getAsLong() - slowest);
  }

  private static OptionalLong position(TrackingToken token) {
    return token == null ? OptionalLong.empty() : token.position();
  }
}
