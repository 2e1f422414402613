package org.projectledger.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

/** A processor's latency gauge: registered once, set to the age of each event it handles. */
class ReadModelMetricsTest {

  @Test
  void theGaugeHoldsTheAgeOfTheLastEventHandled() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MessageMonitor<Message<?>> monitor = ReadModelMetrics.latency("projects", registry);

    for (long ageSeconds : new long[] {3_600, 60, 5}) {
      Instant recorded = Instant.now().minusSeconds(ageSeconds);
      long before = System.currentTimeMillis();
      monitor.onMessageIngested(
          new GenericEventMessage<>(UUID.randomUUID().toString(), "an event", Map.of(), recorded));
      long after = System.currentTimeMillis();
      double value = registry.get("projects.latency").gauge().value();
      assertThat(value)
          .isBetween(
              (double) before - recorded.toEpochMilli(), (double) after - recorded.toEpochMilli());
    }
    assertThat(registry.getMeters()).hasSize(1);
  }
}
