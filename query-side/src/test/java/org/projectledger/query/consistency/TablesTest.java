package org.projectledger.query.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TablesTest {

  /** The one table {@code sql} writes, if it reads no other; else null. */
  private static String writtenAlone(String sql) {
    Tables.Touched touched = Tables.of(sql);
    return touched.alone() ? touched.written() : null;
  }

  @Test
  void aStatementOnItsOwnTableIsSentWithThatTable() {
    assertThat(writtenAlone("INSERT INTO audit_entry (a, b) VALUES (?, ?)"))
        .isEqualTo("audit_entry");
    assertThat(writtenAlone("  update project_item SET percent_complete = ? WHERE id = ?"))
        .isEqualTo("project_item");
    assertThat(writtenAlone("DELETE FROM project_file_baseline WHERE project_id = ?"))
        .isEqualTo("project_file_baseline");
    assertThat(
            writtenAlone(
                """
                INSERT INTO project_summary (project_id, summary_id)
                SELECT ?, ?
                WHERE NOT EXISTS (SELECT 1 FROM project_summary WHERE project_id = ?)
                """))
        .isEqualTo("project_summary");
  }

  @Test
  void aStatementThatReadsAnotherTableIsABarrier() {
    assertThat(
            writtenAlone(
                """
                INSERT INTO project_baseline_line (project_id, baseline_number, budget_line_id, amount)
                SELECT project_id, ?, budget_line_id, amount FROM project_budget_line WHERE project_id = ?
                """))
        .isNull();
    assertThat(
            writtenAlone(
                "UPDATE portfolio_project p SET x = i.x FROM project_item i WHERE i.id = p.id"))
        .isNull();
    assertThat(
            writtenAlone(
                "DELETE FROM project_item WHERE id IN (SELECT id FROM project_summary s JOIN x)"))
        .isNull();
    assertThat(writtenAlone("WITH t AS (SELECT 1) INSERT INTO a SELECT * FROM t")).isNull();
    assertThat(writtenAlone("SELECT 1")).isNull();
  }

  @Test
  void aStatementThatReadsAnotherTableWaitsOnlyForTheTablesItTouches() {
    Tables.Touched lines =
        Tables.of(
            """
            INSERT INTO project_baseline_line (project_id, baseline_number, budget_line_id, amount)
            SELECT b.project_id, ?, b.budget_line_id, b.amount FROM project_budget_line b
            WHERE b.project_id = ? AND NOT EXISTS
                (SELECT 1 FROM project_baseline_line l WHERE l.project_id = ?)
            """);
    assertThat(lines.alone()).isFalse();
    assertThat(lines.written()).isEqualTo("project_baseline_line");
    assertThat(lines.read()).containsExactly("project_budget_line");
    assertThat(lines.touches("project_baseline_line")).isTrue();
    assertThat(lines.touches("project_budget_line")).isTrue();
    assertThat(lines.touches("project_cost")).isFalse();

    Tables.Touched unknown = Tables.of("WITH t AS (SELECT 1) INSERT INTO a SELECT * FROM t");
    assertThat(unknown.written()).isNull();
    assertThat(unknown.touches("project_cost")).isTrue();
  }
}
