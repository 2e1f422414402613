package org.projectledger.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectledger.api.ProjectState;
import org.projectledger.api.Signature;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.baselines.BaselineItem;
import org.projectledger.api.baselines.BaselineSet;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.budget.BudgetLineOpened;
import org.projectledger.api.charter.ProjectChartered;
import org.projectledger.api.charter.Tolerances;
import org.projectledger.api.schedule.ItemKind;
import org.projectledger.api.schedule.MilestonePlanned;
import org.projectledger.api.schedule.WorkPackagePlanned;

/**
 * A small project to test against: chartered for 2026 by the PMO, with "manager" as its manager,
 * "sponsor" as its sponsor, tolerances of 10 days and 5 %, in EUR.
 */
final class Given {

  static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
  static final UUID LABOUR = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
  static final UUID MATERIAL = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
  static final UUID DESIGN = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
  static final UUID BUILD = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
  static final UUID TEST = UUID.fromString("00000000-0000-0000-0000-0000000000c3");
  static final UUID GO_LIVE = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
  static final Instant NOW = Instant.parse("2026-05-04T09:30:00Z");

  private Given() {}

  static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }

  static Map<String, Object> manager() {
    return Actors.as("manager", "MANAGER");
  }

  static Map<String, Object> sponsor() {
    return Actors.as("sponsor", "SPONSOR");
  }

  static Signature signedBy(String user, SignatureMeaning meaning) {
    return new Signature(user, "Printed " + user, NOW, meaning);
  }

  static ProjectChartered chartered() {
    return chartered("manager", "sponsor");
  }

  static ProjectChartered chartered(String manager, String sponsor) {
    return new ProjectChartered(
        PROJECT,
        "PRJ-2026-014",
        "New ERP",
        sponsor,
        manager,
        "EUR",
        d("2026-01-01"),
        d("2026-12-31"),
        new Tolerances(10, new BigDecimal("5")));
  }

  static BudgetLineOpened labourLine(String amount) {
    return new BudgetLineOpened(PROJECT, LABOUR, BudgetCategory.LABOUR, eur(amount));
  }

  static BudgetLineOpened materialLine(String amount) {
    return new BudgetLineOpened(PROJECT, MATERIAL, BudgetCategory.MATERIAL, eur(amount));
  }

  /** Design (Feb), then Build (Mar–Apr) after it, then Test (May) after Build. */
  static WorkPackagePlanned design() {
    return new WorkPackagePlanned(
        PROJECT, DESIGN, "Design", d("2026-02-01"), d("2026-02-28"), eur("10000"), List.of());
  }

  static WorkPackagePlanned build() {
    return new WorkPackagePlanned(
        PROJECT, BUILD, "Build", d("2026-03-01"), d("2026-04-30"), eur("50000"), List.of(DESIGN));
  }

  static WorkPackagePlanned test() {
    return new WorkPackagePlanned(
        PROJECT, TEST, "Test", d("2026-05-01"), d("2026-05-31"), eur("20000"), List.of(BUILD));
  }

  static MilestonePlanned goLive() {
    return new MilestonePlanned(PROJECT, GO_LIVE, "Go-live", d("2026-05-31"), List.of(TEST));
  }

  /** Baseline 1 of design, build, test and go-live as planned above: 80,000 in all. */
  static BaselineSet baselined() {
    return new BaselineSet(
        PROJECT,
        1,
        List.of(
            frozen(design()),
            frozen(build()),
            frozen(test()),
            new BaselineItem(
                GO_LIVE,
                ItemKind.MILESTONE,
                "Go-live",
                d("2026-05-31"),
                d("2026-05-31"),
                BigDecimal.ZERO)),
        eur("80000"),
        "Plan agreed",
        signedBy("sponsor", SignatureMeaning.APPROVAL),
        ProjectState.CHARTERED,
        ProjectState.EXECUTING);
  }

  private static BaselineItem frozen(WorkPackagePlanned planned) {
    return new BaselineItem(
        planned.workPackageId(),
        ItemKind.WORK_PACKAGE,
        planned.name(),
        planned.plannedStart(),
        planned.plannedFinish(),
        planned.plannedCost());
  }

  /** Chartered, 100,000 of budget (80,000 labour, 20,000 material), the four items planned. */
  static Object[] planned() {
    return new Object[] {
      chartered(), labourLine("80000"), materialLine("20000"), design(), build(), test(), goLive()
    };
  }

  static Object[] baselinedPlan() {
    Object[] planned = planned();
    Object[] all = java.util.Arrays.copyOf(planned, planned.length + 1);
    all[planned.length] = baselined();
    return all;
  }
}
