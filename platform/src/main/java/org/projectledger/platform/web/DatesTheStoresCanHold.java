package org.projectledger.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A date in a write lies between 0001-01-01 and 9999-12-31, the years of four digits. Jackson reads
 * far larger ones ({@code +5881580-07-12}), the domain has no reason to refuse them, and PostgreSQL
 * cannot store them: such a write was acknowledged and then refused by the read models, which
 * parked the project's events (found by {@code HostileInputTest}). Refused at the door instead, as
 * a 400 {@code VALIDATION_FAILED} naming the field, like the NUL character ({@link
 * NoNulCharacters}).
 */
@Configuration(proxyBeanMethods = false)
class DatesTheStoresCanHold {

  static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  /** Picked up by Spring Boot's web ObjectMapper only; the event serializer has its own mapper. */
  @Bean
  Module datesOfFourDigitYears() {
    return new SimpleModule("dates-of-four-digit-years")
        .addDeserializer(LocalDate.class, new DateDeserializer());
  }

  static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
    DateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
      if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
        throw context.weirdStringException(
            date.toString(), LocalDate.class, "a date must lie between 0001-01-01 and 9999-12-31");
      }
      return date;
    }
  }
}
