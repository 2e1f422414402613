package org.projectledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class StoredInstantsTest {

  @Test
  void everyInstantTheStoreWritesReadsBackAsAxonReadsIt() {
    SplittableRandom random = new SplittableRandom(21);
    for (int i = 0; i < 20_000; i++) {
      // From 1970 to 2200, at nanosecond, microsecond, millisecond and whole-second precision.
      long seconds = random.nextLong(0, 7_258_118_400L);
      int nanos =
          switch (i % 4) {
            case 0 -> random.nextInt(1_000_000_000);
            case 1 -> random.nextInt(1_000_000) * 1_000;
            case 2 -> random.nextInt(1_000) * 1_000_000;
            default -> 0;
          };
      String stored = DateTimeUtils.formatInstant(Instant.ofEpochSecond(seconds, nanos));
      assertThat(StoredInstants.quick(stored)).as(stored).isNotNull();
      assertThat(StoredInstants.parse(stored))
          .as(stored)
          .isEqualTo(DateTimeUtils.parseInstant(stored));
      // The store keeps milliseconds.
      assertThat(StoredInstants.parse(stored))
          .isEqualTo(Instant.ofEpochSecond(seconds, nanos).truncatedTo(ChronoUnit.MILLIS));
    }
  }

  @Test
  void anyOtherFormIsLeftToAxonsParser() {
    for (String other :
        new String[] {
          "2026-11-28T10:07:12Z",
          "2026-11-28T10:07:12.553+01:00",
          "2026-11-28T10:07:12.553z",
          "2026-11-28T10:07:12.5Z",
          "2026-11-28t10:07:12.553Z",
          "2026-02-30T10:07:12.553Z",
          "2026-11-28T24:07:12.553Z",
          "+2026-11-28T10:07:12.553Z",
          "2026-1a-28T10:07:12.553Z"
        }) {
      assertThat(StoredInstants.quick(other)).as(other).isNull();
    }
    assertThat(StoredInstants.parse("2026-11-28T10:07:12.553+01:00"))
        .isEqualTo(Instant.parse("2026-11-28T09:07:12.553Z"));
    assertThat(StoredInstants.parse("2026-11-28T10:07:12Z"))
        .isEqualTo(Instant.parse("2026-11-28T10:07:12Z"));
  }
}
