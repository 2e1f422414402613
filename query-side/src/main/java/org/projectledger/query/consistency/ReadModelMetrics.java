package org.projectledger.query.consistency;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the read models' processors report to Prometheus: how far behind the newest event each is
 * ({@code <processor>_latency}, on the Grafana dashboard, beside {@code
 * ledger_projection_lag_events}). Axon's default adds a timer, a counter and a capacity gauge per
 * processor, looked up again for every event: a tenth of a rebuild's CPU (bench/README.md) for
 * figures no dashboard shows.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelMetrics {

  /** The query side's processors: project views, audit trail, hash chain. */
  private static final List<String> PROCESSORS = List.of("projects", "audit", "ledger");

  @Bean
  ConfigurerModule readModelProcessorsReportTheirLatency(MeterRegistry registry) {
    return configurer ->
        configurer.eventProcessing(
            processing ->
                PROCESSORS.forEach(
                    name ->
                        processing.registerMessageMonitorFactory(
                            name,
                            (configuration, componentType, componentName) ->
                                latency(componentName, registry))));
  }

  /**
   * The milliseconds from the last event's record time to its handling, as the gauge {@code
   * <processor>.latency}: what Axon's {@code EventProcessorLatencyMonitor} reports, with its gauge
   * registered once. Axon's registers it again at every event (a look-up in the registry), 2.2 % of
   * the service's CPU in a rebuild (bench/README.md). An event processor hands its monitor event
   * messages only.
   */
  static MessageMonitor<Message<?>> latency(String processor, MeterRegistry registry) {
    AtomicLong latency = new AtomicLong();
    Gauge.builder(processor + ".latency", latency::get).register(registry);
    return message -> {
      latency.set(
          System.currentTimeMillis() - ((EventMessage<?>) message).getTimestamp().toEpochMilli());
      return NoOpMessageMonitorCallback.INSTANCE;
    };
  }
}
