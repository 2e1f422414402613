package org.projectledger.query.consistency;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.monitoring.MessageMonitor;
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

  /** An event processor hands its monitor event messages only. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static MessageMonitor<Message<?>> latency(String processor, MeterRegistry registry) {
    return (MessageMonitor) EventProcessorLatencyMonitor.buildMonitor(processor, registry);
  }
}
