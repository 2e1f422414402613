package org.projectledger.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.messaging.MetaData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Two JSON mappers with two jobs. The web's is strict: an unknown field in a request is a typo that
 * must not pass. Axon's is for what is stored forever: events, tokens and dead letters. It is
 * lenient to fields it does not know, so that an old reader survives a newer event, and writes
 * dates as ISO text so that the stored bytes read the same to an auditor as to us.
 */
@Configuration(proxyBeanMethods = false)
public class AxonSerialization {

  @Bean
  @Primary
  ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
    return builder.createXmlMapper(false).build();
  }

  /** Axon's serializer looks this bean up by name. */
  @Bean("defaultAxonObjectMapper")
  ObjectMapper defaultAxonObjectMapper() {
    return JsonMapper.builder()
        .findAndAddModules()
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .typeFactory(new ClassesByName())
        .addMixIn(MetaData.class, MetaDataReader.OnMetaData.class)
        .addModule(IsoDates.module())
        .build();
  }
}
