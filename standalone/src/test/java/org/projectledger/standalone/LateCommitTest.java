package org.projectledger.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.projectledger.api.decisions.RecordDecision;
import org.projectledger.platform.testing.LedgerHttp;
import org.projectledger.platform.testing.TestPostgres;
import org.projectledger.platform.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Late commits, on PostgreSQL: one append's transaction is held open after its event is inserted —
 * for three times Axon's gap timeout (here 1 s) — while 8 clients send 400 more writes. Ordered
 * appends make the later writes wait for it, so no event commits after a later one: the slow event
 * and all 400 reach every projection and the hash chain, and a reconciliation of the store's
 * positions against the processed ones finds no difference.
 */
@SpringBootTest(
    classes = LedgerApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "ledger.event-store.gap-timeout=1s",
      "ledger.security.write-burst=100000",
      "ledger.security.writes-per-second=100000"
    })
@ActiveProfiles("postgres")
@Import(LateCommitTest.SlowCommit.class)
@DirtiesContext
class LateCommitTest {

  static final String SLOW = "Commit me late";
  static final long HOLD_MS = 3_000;
  static final CountDownLatch APPENDED = new CountDownLatch(1);

  /** Holds the transaction of the decision titled {@link #SLOW} open after its append. */
  @TestConfiguration
  static class SlowCommit {
    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> slowCommit() {
      return new MessageHandlerInterceptor<>() {
        @Override
        public Object handle(
            UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
          Object result = chain.proceed();
          if (unitOfWork.getMessage().getPayload() instanceof RecordDecision decision
              && decision.title().equals(SLOW)) {
            // The event store appends at the end of the prepare-commit phase (OrderedAppends):
            // a step added while that phase runs goes after the append. So the event is
            // inserted, the append order locked and the transaction still open while it waits.
            unitOfWork.onPrepareCommit(
                prepared ->
                    prepared.onPrepareCommit(
                        uow -> {
                          APPENDED.countDown();
                          try {
                            Thread.sleep(HOLD_MS);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                        }));
          }
          return result;
        }
      };
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestPostgres.useFreshDatabase(registry);
    TestUsers.register(registry);
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void anAppendHeldOpenPastTheGapTimeoutStillReachesEveryProjectionAndTheChain() throws Exception {
    LedgerHttp http = new LedgerHttp(port);
    List<String> projects = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      projects.add(ProjectScript.charter(http, "PRJ-LATE-" + p).project);
    }
    CompletableFuture<LedgerHttp.Answer> slow =
        CompletableFuture.supplyAsync(
            () ->
                http.post(
                    "manager",
                    "secret",
                    projects.get(0) + "/decisions",
                    "{\"title\":\"" + SLOW + "\",\"rationale\":\"Held open\"}"));
    assertThat(APPENDED.await(20, TimeUnit.SECONDS)).isTrue();
    long started = System.nanoTime();

    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<Integer>> writes = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String project = projects.get(i % projects.size());
      int n = i;
      writes.add(
          clients.submit(
              () ->
                  http.post(
                          "manager",
                          "secret",
                          project + "/decisions",
                          "{\"title\":\"Later " + n + "\",\"rationale\":\"Behind the slow one\"}")
                      .status()));
    }
    for (Future<Integer> write : writes) {
      assertThat(write.get()).isEqualTo(201);
    }
    clients.shutdown();
    assertThat(slow.get().status()).isEqualTo(201);
    assertThat(System.nanoTime() - started)
        .isGreaterThan(TimeUnit.MILLISECONDS.toNanos(HOLD_MS - 500));

    // The slow event took its global index before every later one, and committed before them.
    Long slowIndex =
        jdbc.queryForObject(
            "SELECT globalindex FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?",
            Long.class,
            "%" + SLOW + "%");
    Long firstLater =
        jdbc.queryForObject(
            "SELECT MIN(globalindex) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?",
            Long.class,
            "%Behind the slow one%");
    assertThat(slowIndex).isLessThan(firstLater);

    // Reconciliation: every stored position is processed by the audit trail and the chain.
    long head = jdbc.queryForObject("SELECT MAX(globalindex) FROM domainevententry", Long.class);
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline
        && (countOf("SELECT COUNT(*) FROM ledger_chain WHERE global_position <= " + head)
                < countOf("SELECT COUNT(*) FROM domainevententry")
            || countOf("SELECT COUNT(*) FROM audit_entry")
                < countOf("SELECT COUNT(*) FROM domainevententry"))) {
      Thread.sleep(100);
    }
    long notAudited =
        countOf(
            "SELECT COUNT(*) FROM domainevententry e WHERE NOT EXISTS"
                + " (SELECT 1 FROM audit_entry a WHERE a.global_position = e.globalindex)");
    long notChained =
        countOf(
            "SELECT COUNT(*) FROM domainevententry e WHERE NOT EXISTS"
                + " (SELECT 1 FROM ledger_chain c WHERE c.global_position = e.globalindex)");
    long projectedDecisions =
        countOf("SELECT COUNT(*) FROM audit_entry WHERE type = 'DecisionRecorded'");
    System.out.printf(
        "late commit: held %d ms past a gap timeout of 1 s; %d events stored, %d not audited,"
            + " %d not chained, %d decisions projected%n",
        HOLD_MS,
        countOf("SELECT COUNT(*) FROM domainevententry"),
        notAudited,
        notChained,
        projectedDecisions);
    assertThat(notAudited).isZero();
    assertThat(notChained).isZero();
    assertThat(projectedDecisions).isEqualTo(401);
    assertThat(http.get("auditor", "secret", "/api/ledger/verify").json().get("ok").asBoolean())
        .isTrue();
  }

  private long countOf(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }
}
