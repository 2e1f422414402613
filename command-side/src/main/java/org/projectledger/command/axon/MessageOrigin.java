package org.projectledger.command.axon;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.projectledger.api.MetaDataKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every event inherits from the command that caused it (DOMAIN.md): actor, roles, reason and
 * idempotency key as given, the correlation id of the whole request, and the causing message's id.
 * Replaces Axon's default origin provider, whose names mean the opposite of ours. Only a command
 * hands anything on: no event handler here sends a message, and working out what an event would
 * hand on read its metadata once per handler in every processor (bench/README.md).
 */
@Configuration(proxyBeanMethods = false)
class MessageOrigin {

  @Bean
  CorrelationDataProvider actorAndReason() {
    CorrelationDataProvider fromMetaData =
        new SimpleCorrelationDataProvider(
            MetaDataKeys.ACTOR,
            MetaDataKeys.ACTOR_NAME,
            MetaDataKeys.ROLES,
            MetaDataKeys.REASON,
            MetaDataKeys.IDEMPOTENCY_KEY);
    return message ->
        message instanceof CommandMessage<?> ? fromMetaData.correlationDataFor(message) : Map.of();
  }

  @Bean
  CorrelationDataProvider correlationAndCausation() {
    return new CorrelationDataProvider() {
      @Override
      public Map<String, ?> correlationDataFor(Message<?> message) {
        if (!(message instanceof CommandMessage<?>)) {
          return Map.of();
        }
        Map<String, Object> data = new HashMap<>();
        Object correlation = message.getMetaData().get(MetaDataKeys.CORRELATION_ID);
        data.put(
            MetaDataKeys.CORRELATION_ID,
            correlation != null ? correlation : message.getIdentifier());
        data.put(MetaDataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
      }
    };
  }
}
