package bench.peer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The peer's HTTP API: the three commands, one read, and a replay of the projection. */
@RestController
class BudgetController {

  record Create(String name, BigDecimal amount) {}

  record Cost(BigDecimal amount, String reference) {}

  record Progress(int percentComplete) {}

  private final CommandGateway commands;
  private final BudgetSummaries summaries;
  private final EventProcessingConfiguration processing;
  private final EventStore events;
  private volatile Instant replayStarted;

  BudgetController(
      CommandGateway commands,
      BudgetSummaries summaries,
      EventProcessingConfiguration processing,
      EventStore events) {
    this.commands = commands;
    this.summaries = summaries;
    this.processing = processing;
    this.events = events;
  }

  @PostMapping("/budgets")
  ResponseEntity<Map<String, String>> create(@RequestBody Create body) {
    String id = UUID.randomUUID().toString();
    commands.sendAndWait(new Budget.CreateBudget(id, body.name(), body.amount()));
    return ResponseEntity.status(201).body(Map.of("id", id));
  }

  @PostMapping("/budgets/{id}/costs")
  ResponseEntity<Void> cost(@PathVariable String id, @RequestBody Cost body) {
    commands.sendAndWait(new Budget.RecordCost(id, body.amount(), body.reference()));
    return ResponseEntity.ok().build();
  }

  @PostMapping("/budgets/{id}/progress")
  ResponseEntity<Void> progress(@PathVariable String id, @RequestBody Progress body) {
    commands.sendAndWait(new Budget.ReportProgress(id, body.percentComplete()));
    return ResponseEntity.ok().build();
  }

  @GetMapping("/budgets/{id}")
  ResponseEntity<BudgetSummary> read(@PathVariable String id) {
    return ResponseEntity.of(summaries.findById(id));
  }

  /** Starts a replay of the projection from the first event. */
  @PostMapping("/admin/replay")
  ResponseEntity<Void> replay() {
    TrackingEventProcessor processor = processor();
    processor.shutDown();
    processor.resetTokens();
    replayStarted = Instant.now();
    processor.start();
    return ResponseEntity.accepted().build();
  }

  /** How far the replay is: the processor's position against the store's head. */
  @GetMapping("/admin/replay")
  Map<String, Object> replayProgress() {
    TrackingEventProcessor processor = processor();
    TrackingToken head = events.createHeadToken();
    long headPosition = head == null ? -1 : head.position().orElse(-1);
    long position =
        processor.processingStatus().values().stream()
            .mapToLong(status -> status.getCurrentPosition().orElse(-1))
            .max()
            .orElse(-1);
    boolean replaying = processor.processingStatus().values().stream().anyMatch(s -> s.isReplaying());
    return Map.of(
        "position", position,
        "head", headPosition,
        "caughtUp", position >= headPosition && !replaying,
        "seconds",
        replayStarted == null ? 0 : Duration.between(replayStarted, Instant.now()).toMillis() / 1000.0);
  }

  private TrackingEventProcessor processor() {
    return processing
        .eventProcessor("summaries", TrackingEventProcessor.class)
        .orElseThrow(() -> new IllegalStateException("No tracking processor for the summaries"));
  }
}
