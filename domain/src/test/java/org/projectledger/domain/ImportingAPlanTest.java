package org.projectledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectledger.domain.Given.PROJECT;
import static org.projectledger.domain.Given.d;
import static org.projectledger.domain.Given.eur;
import static org.projectledger.domain.Refusals.refusedWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.imports.ImportNote;
import org.projectledger.api.imports.ImportPlan;
import org.projectledger.api.imports.ImportReport;
import org.projectledger.api.imports.ImportSource;
import org.projectledger.api.imports.ImportedItem;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.MilestonePlanned;
import org.projectledger.api.schedule.WorkPackagePlanned;

class ImportingAPlanTest {

  private static final UUID A = UUID.fromString("00000000-0000-0000-0000-0000000001a1");
  private static final UUID B = UUID.fromString("00000000-0000-0000-0000-0000000001a2");
  private static final UUID C = UUID.fromString("00000000-0000-0000-0000-0000000001a3");
  private static final UUID M = UUID.fromString("00000000-0000-0000-0000-0000000001a4");
  private static final ImportSource SOURCE = new ImportSource("plan.xml", "MSPDI", "ab12");
  private static final List<ImportNote> NOTES = List.of(new ImportNote("file", "1 calendar"));

  private AggregateTestFixture<Project> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Project.class);
  }

  private static ImportedItem task(
      String row, UUID id, String start, String finish, UUID... after) {
    return new ImportedItem(
        row,
        id,
        ItemKind.WORK_PACKAGE,
        "Task " + row,
        d(start),
        d(finish),
        eur("1000"),
        List.of(after));
  }

  @Test
  void itemsAreRecordedInDependencyOrderWhateverTheFilesOrder() {
    ImportedItem milestone =
        new ImportedItem(
            "task 4",
            M,
            ItemKind.MILESTONE,
            "Done",
            d("2026-03-31"),
            d("2026-03-31"),
            null,
            List.of(B));
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(
            new ImportPlan(
                PROJECT,
                SOURCE,
                List.of(
                    milestone,
                    task("task 2", B, "2026-03-01", "2026-03-31", A),
                    task("task 1", A, "2026-02-01", "2026-02-28")),
                NOTES,
                false),
            Given.manager())
        .expectEvents(
            new WorkPackagePlanned(
                PROJECT,
                A,
                "Task task 1",
                d("2026-02-01"),
                d("2026-02-28"),
                eur("1000"),
                List.of()),
            new WorkPackagePlanned(
                PROJECT,
                B,
                "Task task 2",
                d("2026-03-01"),
                d("2026-03-31"),
                eur("1000"),
                List.of(A)),
            new MilestonePlanned(PROJECT, M, "Done", d("2026-03-31"), List.of(B)))
        .expectResultMessagePayloadMatching(org.hamcrest.Matchers.instanceOf(ImportReport.class));
  }

  @Test
  void aDryRunReportsEveryRefusedRowAndRecordsNothing() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(
            new ImportPlan(
                PROJECT,
                SOURCE,
                List.of(
                    task("task 1", A, "2026-02-01", "2026-02-28", B),
                    task("task 2", B, "2026-03-01", "2026-03-31", A),
                    task("task 3", C, "2027-01-04", "2027-01-29")),
                NOTES,
                true),
            Given.manager())
        .expectNoEvents()
        .expectResultMessagePayloadMatching(
            org.hamcrest.Matchers.<Object>describedAs(
                "a report refusing rows 1 and 2 (cycle) and 3 (dates)",
                new org.hamcrest.CustomMatcher<Object>("report") {
                  @Override
                  public boolean matches(Object actual) {
                    ImportReport report = (ImportReport) actual;
                    assertThat(report.created()).isEmpty();
                    assertThat(report.refused())
                        .extracting(refusal -> refusal.row() + " " + refusal.code())
                        .containsExactlyInAnyOrder(
                            "task 1 DEPENDENCY_CYCLE",
                            "task 2 DEPENDENCY_CYCLE",
                            "task 3 INVALID_DATES");
                    return true;
                  }
                }));
  }

  @Test
  void anImportWithARefusedRowRecordsNothingAtAll() {
    fixture
        .given(Given.chartered(), Given.labourLine("1500"))
        .when(
            new ImportPlan(
                PROJECT,
                SOURCE,
                List.of(
                    task("task 1", A, "2026-02-01", "2026-02-28"),
                    task("task 2", B, "2026-03-01", "2026-03-31", A)),
                NOTES,
                false),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.IMPORT_REFUSED));
  }

  @Test
  void onlyTheManagerImports() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(
            new ImportPlan(
                PROJECT,
                SOURCE,
                List.of(task("task 1", A, "2026-02-01", "2026-02-28")),
                NOTES,
                false),
            Given.sponsor())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.FORBIDDEN));
  }

  @Test
  void costIsNeverNegative() {
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(
            new ImportPlan(
                PROJECT,
                SOURCE,
                List.of(
                    new ImportedItem(
                        "line 2",
                        A,
                        ItemKind.WORK_PACKAGE,
                        "Refund",
                        d("2026-02-01"),
                        d("2026-02-28"),
                        new BigDecimal("-5"),
                        List.of())),
                NOTES,
                false),
            Given.manager())
        .expectNoEvents()
        .expectException(refusedWith(ErrorCode.IMPORT_REFUSED));
  }

  @Test
  void aCostFinerThanTheCurrencyIsRoundedToItsMinorUnitWithANote() {
    ImportedItem fractional =
        new ImportedItem(
            "task 1",
            A,
            ItemKind.WORK_PACKAGE,
            "Rates times hours",
            d("2026-02-01"),
            d("2026-02-28"),
            new BigDecimal("1234.5666"),
            List.of());
    fixture
        .given(Given.chartered(), Given.labourLine("80000"))
        .when(new ImportPlan(PROJECT, SOURCE, List.of(fractional), NOTES, false), Given.manager())
        .expectEvents(
            new WorkPackagePlanned(
                PROJECT,
                A,
                "Rates times hours",
                d("2026-02-01"),
                d("2026-02-28"),
                new BigDecimal("1234.57"),
                List.of()))
        .expectResultMessagePayloadMatching(
            new org.hamcrest.CustomMatcher<Object>("a report noting the rounding") {
              @Override
              public boolean matches(Object actual) {
                assertThat(((ImportReport) actual).notes())
                    .contains(
                        new ImportNote(
                            "task 1", "cost 1234.5666 rounded to 1234.57: EUR takes 2 decimals"));
                return true;
              }
            });
  }
}
