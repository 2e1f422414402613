package org.projectledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.charter.CharterProject;
import org.projectledger.api.charter.Tolerances;
import org.projectledger.api.stakeholders.Interest;
import org.projectledger.api.stakeholders.StakeholderInterestsChanged;
import org.projectledger.api.stakeholders.StakeholderRegistered;
import org.projectledger.api.stakeholders.UpdateStakeholderInterests;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A {@code StakeholderRegistered} stored at revision 1 — kept as a fixture in the bytes it had —
 * still loads: read through the upcaster as revision 2, and the project it belongs to still takes
 * commands.
 */
@SpringBootTest(classes = CommandSideApplication.class)
@ActiveProfiles("postgres")
// Each class has a context of its own: close it when done rather than at JVM exit.
@DirtiesContext
class UpcastingTest {

  private static final UUID PROJECT = UUID.fromString("00000000-0000-0000-0000-00000000f1a1");
  private static final UUID STAKEHOLDER = UUID.fromString("00000000-0000-0000-0000-00000000f1b1");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired EventStore eventStore;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRevisionOneStakeholderRegisteredLoadsAsRevisionTwo() throws Exception {
    send(
        new CharterProject(
            PROJECT,
            "PRJ-UP-1",
            "Old events",
            "sponsor",
            "manager",
            "EUR",
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-12-31"),
            new Tolerances(5, BigDecimal.ONE)),
        "pmo",
        "PMO");
    byte[] revisionOne =
        new ClassPathResource("fixtures/stakeholder-registered-revision-1.json")
            .getInputStream()
            .readAllBytes();
    jdbc.update(
        "INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,"
            + " payload, payloadrevision, payloadtype, timestamp) VALUES (?, 1, 'Project', ?, ?, ?, '1', ?, ?)",
        PROJECT.toString(),
        UUID.randomUUID().toString(),
        "{\"actor\":\"pmo\",\"roles\":[\"PMO\"]}".getBytes(StandardCharsets.UTF_8),
        revisionOne,
        StakeholderRegistered.class.getName(),
        "2026-02-01T10:00:00Z");

    List<? extends DomainEventMessage<?>> events =
        eventStore.readEvents(PROJECT.toString()).asStream().toList();
    StakeholderRegistered upcast = (StakeholderRegistered) events.get(1).getPayload();
    assertThat(upcast.role()).isEqualTo("CFO");
    assertThat(upcast.interests()).containsExactly(Interest.BUDGET);
    assertThat(upcast.organisation()).isNull();

    send(
        new UpdateStakeholderInterests(
            PROJECT, STAKEHOLDER, Set.of(Interest.RISK), "Moved to risk"),
        "manager",
        "MANAGER");
    StakeholderInterestsChanged changed =
        (StakeholderInterestsChanged)
            eventStore.readEvents(PROJECT.toString()).asStream().toList().get(2).getPayload();
    assertThat(changed.oldInterests()).containsExactly(Interest.BUDGET);
  }

  private void send(Object command, String actor, String role) {
    commands.sendAndWait(
        GenericCommandMessage.asCommandMessage(command)
            .withMetaData(
                MetaData.from(
                    Map.of(
                        MetaDataKeys.ACTOR,
                        actor,
                        MetaDataKeys.ACTOR_NAME,
                        actor,
                        MetaDataKeys.ROLES,
                        List.of(role)))));
  }
}
