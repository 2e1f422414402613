package org.projectledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.budget.BudgetCategory;
import org.projectledger.api.budget.OpenBudgetLine;
import org.projectledger.api.budget.RecordCost;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.Tolerances;
import org.projectledger.api.issues.IssueLevel;
import org.projectledger.api.issues.IssueType;
import org.projectledger.api.issues.RaiseIssue;
import org.projectledger.api.lessons.LessonAdvice;
import org.projectledger.api.lessons.LessonCategory;
import org.projectledger.api.lessons.LogLesson;
import org.projectledger.api.progress.ReportProgress;
import org.projectledger.api.quality.SetAcceptanceCriteria;
import org.projectledger.api.quality.SubmitDeliverable;
import org.projectledger.api.risks.LogRisk;
import org.projectledger.api.risks.PlanRiskResponse;
import org.projectledger.api.risks.RiskStrategy;
import org.projectledger.api.schedule.AssignWorkPackageOwner;
import org.projectledger.api.schedule.PlanWorkPackage;
import org.projectledger.domain.Project;
import org.projectledger.platform.axon.EventStorage;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A project with a long history is snapshotted, and the state loaded from the snapshot (plus the
 * events after it) equals the state rebuilt from the whole stream.
 */
@SpringBootTest(classes = CommandSideApplication.class)
@ActiveProfiles("postgres")
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class SnapshotsTest {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired Configuration axon;
  @Autowired EventStore eventStore;
  @Autowired Cache projectCache;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aProjectLoadedFromItsSnapshotEqualsOneRebuiltFromEveryEvent() throws Exception {
    UUID project = UUID.randomUUID();
    UUID line = UUID.randomUUID();
    UUID work = UUID.randomUUID();
    send(
        new CharterProject(
            project,
            "PRJ-SNAP-1",
            "Long",
            "sponsor",
            "manager",
            "EUR",
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-12-31"),
            new Tolerances(10, BigDecimal.TEN)),
        "pmo",
        "PMO");
    send(
        new OpenBudgetLine(project, line, BudgetCategory.LABOUR, new BigDecimal("1000000")),
        "manager",
        "MANAGER");
    send(
        new PlanWorkPackage(
            project,
            work,
            "Run",
            LocalDate.parse("2026-02-01"),
            LocalDate.parse("2026-11-30"),
            new BigDecimal("900000"),
            List.of()),
        "manager",
        "MANAGER");
    // The execution registers' members and state go into the snapshot too.
    UUID risk = UUID.randomUUID();
    send(new AssignWorkPackageOwner(project, work, "sam"), "manager", "MANAGER");
    send(
        new SetAcceptanceCriteria(project, work, List.of("Runs"), "sponsor"), "manager", "MANAGER");
    send(new SubmitDeliverable(project, work, "Run book"), "sam", "MANAGER");
    send(
        new RaiseIssue(
            project,
            UUID.randomUUID(),
            IssueType.PROBLEM_CONCERN,
            "Key user on leave",
            null,
            IssueLevel.LOW,
            IssueLevel.LOW,
            "sam"),
        "manager",
        "MANAGER");
    send(new LogRisk(project, risk, "Vendor", 2, 3, "manager", null), "manager", "MANAGER");
    send(
        new PlanRiskResponse(
            project,
            risk,
            RiskStrategy.REDUCE,
            "sam",
            LocalDate.parse("2026-06-30"),
            new BigDecimal("5000"),
            "Escrow"),
        "manager",
        "MANAGER");
    send(
        new LogLesson(
            project,
            UUID.randomUUID(),
            LessonCategory.RISK,
            "Escrow early",
            LessonAdvice.REPEAT,
            "Do it again"),
        "sponsor",
        "SPONSOR");
    for (int i = 0; i < 130; i++) {
      if (i % 2 == 0) {
        send(
            new RecordCost(
                project,
                UUID.randomUUID(),
                line,
                work,
                new BigDecimal("10.25"),
                null,
                LocalDate.parse("2026-03-01"),
                "T-" + i,
                null),
            "manager",
            "MANAGER");
      } else {
        send(
            new ReportProgress(project, work, i / 2 + 1, LocalDate.parse("2026-03-02"), null),
            "manager",
            "MANAGER");
      }
    }

    Long snapshotAt =
        jdbc.queryForObject(
            "SELECT MAX(sequencenumber) FROM snapshotevententry WHERE aggregateidentifier = ?",
            Long.class,
            project.toString());
    assertThat(snapshotAt).as("a snapshot was taken").isNotNull().isGreaterThanOrEqualTo(99L);

    byte[] snapshot =
        jdbc.queryForObject(
            "SELECT payload FROM snapshotevententry WHERE aggregateidentifier = ? AND sequencenumber = ?",
            byte[].class,
            project.toString(),
            snapshotAt);
    assertThat(new ObjectMapper().readTree(snapshot).at("/facts/plan/items").size()).isEqualTo(1);

    projectCache.removeAll();
    Project fromSnapshot = loadThroughRepository(project);
    Project fromEvents = rebuildFromEveryEvent(project);

    JsonNode snapshotState = state(fromSnapshot);
    assertThat(snapshotState.at("/facts/plan/actualTotal").decimalValue())
        .isEqualByComparingTo("666.25");
    assertThat(snapshotState).isEqualTo(state(fromEvents));

    // A snapshot of the state's earlier shape (revision 2) is ignored, never misread: the project
    // is rebuilt from its events.
    jdbc.update(
        "UPDATE snapshotevententry SET payloadrevision = '2', payload = ? WHERE aggregateidentifier = ?",
        "{\"plan\":{\"items\":{}},\"state\":\"CLOSED\"}".getBytes(StandardCharsets.UTF_8),
        project.toString());
    projectCache.removeAll();
    assertThat(state(loadThroughRepository(project))).isEqualTo(state(fromEvents));
  }

  private void send(Object command, String actor, String role) {
    commands.sendAndWait(
        GenericCommandMessage.asCommandMessage(command)
            .withMetaData(
                MetaData.from(
                    Map.of(
                        MetaDataKeys.ACTOR, actor,
                        MetaDataKeys.ACTOR_NAME, actor,
                        MetaDataKeys.ROLES, List.of(role)))));
  }

  private Project loadThroughRepository(UUID project) throws Exception {
    DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    try {
      return axon.repository(Project.class).load(project.toString()).invoke(root -> root);
    } finally {
      unitOfWork.rollback();
    }
  }

  private Project rebuildFromEveryEvent(UUID project) throws Exception {
    DomainEventStream events = eventStore.readEvents(project.toString(), 0);
    var constructor = Project.class.getDeclaredConstructor();
    constructor.setAccessible(true);
    EventSourcedAggregate<Project> aggregate =
        EventSourcedAggregate.initialize(
            constructor.newInstance(),
            AnnotatedAggregateMetaModelFactory.inspectAggregate(Project.class),
            eventStore,
            NoSnapshotTriggerDefinition.TRIGGER);
    aggregate.initializeState(events);
    return aggregate.invoke(root -> root);
  }

  private static JsonNode state(Project project) throws Exception {
    Serializer serializer = EventStorage.snapshotSerializer();
    SerializedObject<byte[]> bytes = serializer.serialize(project, byte[].class);
    return new ObjectMapper().readTree(bytes.getData());
  }
}
