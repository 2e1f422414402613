package org.projectledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectledger.query.audit.Changes.Change;

/** The trail's changes, written by hand, are the bytes Jackson writes for the same list. */
class ChangesTest {

  private final ObjectMapper jackson = new ObjectMapper();

  /** An event of every naming the trail pairs: oldX/newX, xOld/xNew, xBefore/xAfter. */
  record Moved(
      String reason,
      UUID projectId,
      LocalDate oldStart,
      BigDecimal amountBefore,
      LocalDate newStart,
      Integer toleranceOldDays,
      BigDecimal amountAfter,
      Integer toleranceNewDays,
      List<String> tags,
      String note) {}

  @Test
  void beforeAndAfterArePairedAndEveryOtherFieldIsAValueSet() {
    UUID project = UUID.randomUUID();
    Moved moved =
        new Moved(
            "late supplier",
            project,
            LocalDate.of(2026, 3, 1),
            new BigDecimal("10.50"),
            LocalDate.of(2026, 4, 1),
            5,
            new BigDecimal("1E+2"),
            7,
            List.of("a", "b"),
            null);

    assertThat(Changes.of(moved))
        .containsExactly(
            new Change("start", "2026-03-01", "2026-04-01"),
            new Change("amount", "10.50", "100"),
            new Change("toleranceDays", "5", "7"),
            new Change("reason", null, "late supplier"),
            new Change("tags", null, "[\"a\",\"b\"]"),
            new Change("note", null, null));
    assertThat(Changes.of(moved)).isEqualTo(Changes.of(moved));
    assertThat(Changes.of("not a record")).isEmpty();
  }

  @Test
  void everyCharacterIsWrittenAsJacksonWritesIt() throws Exception {
    List<Change> changes = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String one = String.valueOf((char) c);
      changes.add(new Change("f" + one, one + "x", null));
    }
    changes.add(new Change("surrogates", "\uD83D\uDE00 and a lone \uD800", ""));

    assertThat(Changes.json(changes)).isEqualTo(jackson.writeValueAsString(changes));
    assertThat(Changes.json(List.of())).isEqualTo("[]");
  }

  @Test
  void randomTextIsWrittenAsJacksonWritesIt() throws Exception {
    SplittableRandom random = new SplittableRandom(20261129);
    String alphabet = "aZ09 .,-–→«»\"\\/\n\r\t\b\f\u0000\u001f\u007f\u2028é€";
    for (int round = 0; round < 2_000; round++) {
      List<Change> changes = new ArrayList<>();
      for (int i = random.nextInt(6); i > 0; i--) {
        changes.add(
            new Change(
                text(random, alphabet),
                random.nextBoolean() ? null : text(random, alphabet),
                text(random, alphabet)));
      }
      assertThat(Changes.json(changes)).isEqualTo(jackson.writeValueAsString(changes));
    }
  }

  private static String text(SplittableRandom random, String alphabet) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
