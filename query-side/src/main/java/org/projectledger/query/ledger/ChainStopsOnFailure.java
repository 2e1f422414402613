package org.projectledger.query.ledger;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The chain's processor stops on an event it cannot link instead of logging it and going on, as
 * Axon's default error handler does: a link passed by is lost for good, and every later hash would
 * vouch for a history with a hole in it. Stopped, the processor is in error (health DOWN, {@code
 * /api/admin/projections} names the position) and Axon retries the event with a growing pause, so
 * the chain resumes by itself once the cause is fixed.
 */
@Configuration(proxyBeanMethods = false)
class ChainStopsOnFailure {

  @Bean
  ConfigurerModule chainPropagatesItsFailures() {
    return configurer ->
        configurer.eventProcessing(
            processing ->
                processing.registerListenerInvocationErrorHandler(
                    ChainProjection.NAME, configuration -> PropagatingErrorHandler.instance()));
  }
}
