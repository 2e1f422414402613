package org.projectledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Axon's mapper reads every date as Jackson's own reader does, the stored form by its digits. */
class IsoDatesTest {

  private final ObjectMapper ours = new AxonSerialization().defaultAxonObjectMapper();
  private final ObjectMapper jackson =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  record Dated(LocalDate on, List<LocalDate> more) {}

  @Test
  void datesReadAsJacksonReadsThem() throws Exception {
    SplittableRandom random = new SplittableRandom(20261129);
    for (int i = 0; i < 5_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextLong(-800_000, 3_000_000));
      String json = jackson.writeValueAsString(new Dated(date, List.of(date.plusDays(1))));
      assertThat(ours.readValue(json, Dated.class))
          .isEqualTo(jackson.readValue(json, Dated.class))
          .isEqualTo(new Dated(date, List.of(date.plusDays(1))));
    }
    for (String other : List.of("[2026,3,24]", "\"2026-03-24T10:15:30\"", "null", "\"\"")) {
      String json = "{\"on\":" + other + "}";
      assertThat(ours.readValue(json, Dated.class)).isEqualTo(jackson.readValue(json, Dated.class));
    }
    assertThat(IsoDates.parse("2026-03-24")).isEqualTo(LocalDate.of(2026, 3, 24));
    assertThat(IsoDates.parse("2026-3-24")).isNull();
    assertThat(IsoDates.parse("+2026-03-24")).isNull();
  }

  @Test
  void anImpossibleDateIsRefusedAsJacksonRefusesIt() {
    for (String bad : List.of("\"2026-02-30\"", "\"2026-13-01\"", "\"2026-0a-01\"")) {
      String json = "{\"on\":" + bad + "}";
      assertThatThrownBy(() -> jackson.readValue(json, Dated.class))
          .isInstanceOf(InvalidFormatException.class);
      assertThatThrownBy(() -> ours.readValue(json, Dated.class))
          .isInstanceOf(InvalidFormatException.class);
    }
  }
}
