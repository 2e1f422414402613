package org.projectledger.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewRowsTest {

  private static final NewRows.Shape LINK =
      new NewRows.Shape("ledger_chain", List.of("global_position", "event_id", "hash"), 0);

  @Test
  void theGuardedInsertLeavesARowWithTheSameKeyAlone() {
    assertThat(LINK.guarded())
        .isEqualTo(
            "INSERT INTO ledger_chain (global_position, event_id, hash) SELECT ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM ledger_chain WHERE global_position = ?)");
    assertThat(LINK.guardedArgs(new Object[] {7L, "e", "h"})).containsExactly(7L, "e", "h", 7L);
    assertThat(Tables.of(LINK.guarded()).alone()).isTrue();
    assertThat(LINK.copy())
        .isEqualTo("COPY ledger_chain (global_position, event_id, hash) FROM STDIN");
    assertThatThrownBy(() -> LINK.guardedArgs(new Object[] {7L}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRowKeyedBySeveralColumnsIsGuardedByThemAll() {
    NewRows.Shape cost =
        NewRows.Shape.keyedBy(
            "project_cost", List.of("project_id", "cost_id", "amount"), "project_id", "cost_id");
    assertThat(cost.guarded())
        .isEqualTo(
            "INSERT INTO project_cost (project_id, cost_id, amount) SELECT ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM project_cost WHERE project_id = ? AND cost_id = ?)");
    assertThat(cost.guardedArgs(new Object[] {"p", "c", 9})).containsExactly("p", "c", 9, "p", "c");
    assertThat(Tables.of(cost.guarded()).alone()).isTrue();
    assertThatThrownBy(
            () -> NewRows.Shape.keyedBy("project_cost", List.of("project_id"), "cost_id"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valuesAreWrittenInCopysTextFormat() {
    UUID id = UUID.fromString("6f1c1d2e-0000-4000-8000-000000000001");
    OffsetDateTime at = OffsetDateTime.of(2026, 11, 28, 9, 30, 0, 123_456_000, ZoneOffset.UTC);
    NewRows.Text text = new NewRows.Text(0);
    for (Object value :
        new Object[] {
          null,
          "tab\there, line\nbreak, return\r, back\\slash \\N",
          "Budget € 1 200 → 1 500, Zürich",
          new BigDecimal("1E+3"),
          42L,
          7,
          id,
          at,
          LocalDate.of(2026, 12, 1),
          true
        }) {
      text.add(value);
      text.add((byte) '|');
    }
    assertThat(text.toString())
        .isEqualTo(
            "\\N|tab\\there, line\\nbreak, return\\r, back\\\\slash \\\\N|"
                + "Budget € 1 200 → 1 500, Zürich|1000|42|7|"
                + id
                + "|2026-11-28T09:30:00.123456Z|2026-12-01|t|");
    assertThatThrownBy(() -> new NewRows.Text(0).add(new Object()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datesAndInstantsAreWrittenAsTheirOwnTextWritesThem() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20261129);
    List<Object> values = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      long second = random.nextLong(-70_000_000_000L, 260_000_000_000L);
      int nano =
          switch (i % 5) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            case 3 -> random.nextInt(1_000_000_000);
            default -> random.nextInt(2) * 500_000_000;
          };
      long at = i % 7 == 0 ? second - second % 60 : second;
      OffsetDateTime instant =
          java.time.Instant.ofEpochSecond(at, i % 7 == 0 ? 0 : nano).atOffset(ZoneOffset.UTC);
      values.add(instant);
      values.add(instant.toLocalDate());
      values.add(instant.withOffsetSameInstant(ZoneOffset.ofHours(2)));
    }
    for (Object value : values) {
      NewRows.Text text = new NewRows.Text(0);
      text.add(value);
      assertThat(text.toString()).isEqualTo(value.toString());
    }
  }

  @Test
  void eachCharacterCopyEscapesIsFoundAloneAnywhereInALongValue() {
    String filler = "x".repeat(70) + "é€";
    for (String[] escape :
        new String[][] {{"\t", "\\t"}, {"\n", "\\n"}, {"\r", "\\r"}, {"\\", "\\\\"}}) {
      for (String value :
          List.of(escape[0] + filler, filler + escape[0] + filler, filler + escape[0])) {
        NewRows.Text text = new NewRows.Text(0);
        text.add(value);
        assertThat(text.toString()).isEqualTo(value.replace(escape[0], escape[1]));
      }
    }
  }
}
