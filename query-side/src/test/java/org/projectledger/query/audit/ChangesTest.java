package org.projectledger.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.projectledger.query.audit.Changes.Change;

/** The trail's changes, written by hand, are the bytes Jackson writes for the same list. */
class ChangesTest {

  private final ObjectMapper jackson = new ObjectMapper();

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
