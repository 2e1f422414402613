package org.projectledger.command.communications;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox writer is a subscribing processor: it runs inside the unit of work that appends the
 * events, in the same database transaction, and a failure there fails the command rather than being
 * logged and skipped. So an acknowledged event always has its notifications queued.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommunicationsProperties.class)
class CommunicationsConfiguration {

  @Bean
  ConfigurerModule communicationsOutbox() {
    return configurer ->
        configurer.eventProcessing(
            processing ->
                processing
                    .registerSubscribingEventProcessor(Outbox.GROUP)
                    .registerListenerInvocationErrorHandler(
                        Outbox.GROUP, configuration -> PropagatingErrorHandler.instance()));
  }
}
