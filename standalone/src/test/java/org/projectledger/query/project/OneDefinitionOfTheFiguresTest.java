package org.projectledger.query.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.statistics.Statistics;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.projectledger.api.LedgerException;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.Signature;
import org.projectledger.api.SignatureMeaning;
import org.projectledger.api.baselines.SetBaseline;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.budget.OpenBudgetLine;
import org.projectledger.api.budget.RecordCost;
import org.projectledger.api.budget.ReverseCost;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.Tolerances;
import org.projectledger.api.communications.ProjectFigures;
import org.projectledger.api.dashboard.DashboardView;
import org.projectledger.api.dashboard.DashboardView.EarnedValueFigures;
import org.projectledger.api.progress.ReportProgress;
import org.projectledger.api.schedule.ChangePlannedCost;
import org.projectledger.api.schedule.PlanWorkPackage;
import org.projectledger.domain.Project;
import org.projectledger.query.dashboard.Dashboards;
import org.projectledger.query.exports.EarnedValueRows;
import org.projectledger.query.portfolio.PortfolioFigures;

/**
 * One definition of every figure (DOMAIN.md, second edition), checked on random projects: random
 * plans, a baseline, progress, costs, reversals and re-costs, each recorded on a random day, then a
 * random status date. The aggregate's own view (what its tolerance rule and the weekly digest use),
 * the dashboard's (folded from the same events as an as-of read folds them), the portfolio's row
 * and the earned-value CSV's rows (each through the code its read uses) must agree to the cent.
 *
 * <p>The project runs on Axon in memory, through the same aggregate, parameter resolvers and
 * earned-value code as the service; refused commands are part of the game and change nothing.
 */
class OneDefinitionOfTheFiguresTest {

  private static final UUID PROJECT = UUID.fromString("00000000-0000-4000-8000-0000000000f1");
  private static final UUID LINE = UUID.fromString("00000000-0000-4000-8000-0000000000f2");
  private static final LocalDate START = LocalDate.parse("2026-01-01");

  /** One step of a random project's life, recorded on {@code day} days after the start. */
  record Step(String kind, int workPackage, int percent, long cents, int day, int pick) {}

  private Configuration axon;

  @AfterProperty
  void stop() {
    if (axon != null) {
      axon.shutdown();
    }
  }

  @Property(tries = 60)
  void theAggregateAndTheDashboardShowTheSameFigures(
      @ForAll("plans") List<Long> plannedCents,
      @ForAll("lives") List<Step> life,
      @ForAll("days") int statusDay) {
    axon = start();
    int day = 0;
    send(
        new CharterProject(
            PROJECT,
            "PRJ-PROP-1",
            "Property",
            "sponsor",
            "manager",
            "EUR",
            START,
            START.plusDays(364),
            new Tolerances(30, new BigDecimal("10"))),
        "pmo",
        day);
    send(
        new OpenBudgetLine(PROJECT, LINE, BudgetCategory.LABOUR, new BigDecimal("10000000")),
        "manager",
        day);
    List<UUID> workPackages = new ArrayList<>();
    for (int i = 0; i < plannedCents.size(); i++) {
      UUID id = UUID.nameUUIDFromBytes(("wp" + i).getBytes());
      workPackages.add(id);
      send(
          new PlanWorkPackage(
              PROJECT,
              id,
              "WP " + i,
              START.plusDays(30L * i),
              START.plusDays(30L * i + 20 + i * 7L),
              money(plannedCents.get(i)),
              List.of()),
          "manager",
          day);
    }
    send(new SetBaseline(PROJECT, "Agreed", signature("sponsor")), "sponsor", day);
    List<UUID> costs = new ArrayList<>();
    for (Step step : life) {
      day = Math.max(day, step.day());
      UUID workPackage = workPackages.get(step.workPackage() % workPackages.size());
      switch (step.kind()) {
        case "progress" ->
            send(
                new ReportProgress(
                    PROJECT,
                    workPackage,
                    step.percent(),
                    START.plusDays(step.day()),
                    "Re-estimated"),
                "manager",
                day);
        case "cost" -> {
          UUID cost = UUID.randomUUID();
          if (send(
              new RecordCost(
                  PROJECT,
                  cost,
                  LINE,
                  workPackage,
                  money(step.cents()),
                  "EUR",
                  START.plusDays(step.pick() % 365),
                  "INV",
                  null),
              "manager",
              day)) {
            costs.add(cost);
          }
        }
        case "reversal" -> {
          if (!costs.isEmpty()) {
            send(
                new ReverseCost(PROJECT, costs.get(step.pick() % costs.size()), "Wrong amount"),
                "manager",
                day);
          }
        }
        default ->
            send(
                new ChangePlannedCost(PROJECT, workPackage, money(step.cents()), "Re-costed"),
                "manager",
                day);
      }
    }
    Statistics.label("costs recorded").collect(costs.size() > 0 ? "some" : "none");

    LocalDate statusDate = START.plusDays(statusDay);
    ProjectFigures aggregate = aggregateView(statusDate);
    DashboardView view =
        Dashboards.of(
            PROJECT,
            new ProjectFactsAsOf(axon.eventStore())
                .of(PROJECT, Instant.parse("9999-12-31T00:00:00Z"))
                .orElseThrow(),
            statusDate);
    EarnedValueFigures dashboard = view.earnedValue();

    assertThat(aggregate.budgetAtCompletion()).isEqualTo(dashboard.bac());
    assertThat(aggregate.earnedValue()).isEqualTo(dashboard.ev());
    assertThat(aggregate.actualCost()).isEqualTo(dashboard.ac());
    assertThat(aggregate.costPerformanceIndex()).isEqualTo(dashboard.cpi());
    assertThat(aggregate.estimateAtCompletion()).isEqualTo(dashboard.eac());

    // The portfolio's row and the earned-value CSV, through the code their reads use.
    PortfolioFigures.Figures row = PortfolioFigures.Figures.of(Optional.of(view));
    assertThat(row.bac()).isEqualTo(aggregate.budgetAtCompletion());
    assertThat(row.ac()).isEqualTo(aggregate.actualCost());
    assertThat(row.eac()).isEqualTo(aggregate.estimateAtCompletion());
    assertThat(row.cpi()).isEqualTo(aggregate.costPerformanceIndex());
    Map<Object, Object> csv = new java.util.HashMap<>();
    EarnedValueRows.of(view, statusDate).forEach(line -> csv.put(line.get(1), line.get(2)));
    assertThat(csv.get("BAC")).isEqualTo(aggregate.budgetAtCompletion().toPlainString());
    assertThat(csv.get("EV")).isEqualTo(aggregate.earnedValue().toPlainString());
    assertThat(csv.get("AC")).isEqualTo(aggregate.actualCost().toPlainString());
    assertThat(csv.get("EAC")).isEqualTo(aggregate.estimateAtCompletion().toPlainString());
    assertThat(csv.get("CPI"))
        .isEqualTo(
            aggregate.costPerformanceIndex() == null
                ? ""
                : aggregate.costPerformanceIndex().toPlainString());
  }

  @Provide
  Arbitrary<List<Long>> plans() {
    return Arbitraries.longs().between(1, 5_000_000).list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Step>> lives() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.of("progress", "cost", "cost", "reversal", "recost"),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 100),
                Arbitraries.longs().between(1, 3_000_000),
                Arbitraries.integers().between(0, 364),
                Arbitraries.integers().between(0, 10_000))
            .as(Step::new);
    return step.list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(-10, 400);
  }

  private ProjectFigures aggregateView(LocalDate statusDate) {
    DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    try {
      return axon.repository(Project.class)
          .load(PROJECT.toString())
          .invoke(project -> project.figures(statusDate));
    } finally {
      unitOfWork.rollback();
    }
  }

  /** Sends a command as a user on a day; answers whether the ledger accepted it. */
  private boolean send(Object command, String user, int day) {
    try {
      axon.commandGateway()
          .sendAndWait(
              GenericCommandMessage.asCommandMessage(command)
                  .withMetaData(
                      MetaData.from(
                          Map.of(
                              MetaDataKeys.ACTOR,
                              user,
                              MetaDataKeys.ACTOR_NAME,
                              "Printed " + user,
                              MetaDataKeys.ROLES,
                              new ArrayList<>(List.of(user.toUpperCase())),
                              MetaDataKeys.RECORDED_ON,
                              START.plusDays(day).toString()))));
      return true;
    } catch (LedgerException refused) {
      return false;
    }
  }

  private static Signature signature(String user) {
    return new Signature(
        user, "Printed " + user, Instant.parse("2026-01-01T09:00:00Z"), SignatureMeaning.APPROVAL);
  }

  private static BigDecimal money(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  private static Configuration start() {
    JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    Configuration configuration =
        DefaultConfigurer.defaultConfiguration(false)
            .configureSerializer(c -> serializer)
            .configureEventSerializer(c -> serializer)
            .configureMessageSerializer(c -> serializer)
            .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
            .configureAggregate(AggregateConfigurer.defaultConfiguration(Project.class))
            .buildConfiguration();
    configuration.start();
    return configuration;
  }
}
