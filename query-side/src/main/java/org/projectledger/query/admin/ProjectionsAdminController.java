package org.projectledger.query.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.Role;
import org.projectledger.platform.security.CurrentActor;
import org.projectledger.query.consistency.ProjectionWrites;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read models' machinery for the ADMIN: each projection's position, lag behind the event store,
 * replay progress and the events it has parked; and a rebuild of one projection from the first
 * event while the service keeps answering.
 *
 * <p>The replay is a POST on the read side: in the split deployment the proxy must send {@code
 * /api/admin/projections} to the query service whatever the method.
 */
@RestController
@Tag(name = "Administration")
class ProjectionsAdminController {

  /** One segment's progress. */
  record Segment(
      int segment,
      Long position,
      Long lag,
      boolean caughtUp,
      boolean replaying,
      Integer replayPercent,
      String error) {}

  /** One parked sequence: the project whose events wait, the first of them and why it failed. */
  record Parked(
      String sequence,
      long events,
      String firstEventType,
      Long firstEventSequence,
      String cause,
      Instant parkedAt) {}

  record Projection(
      String name,
      boolean running,
      boolean error,
      List<Segment> segments,
      long parkedEvents,
      List<Parked> parked) {}

  record Projections(Long head, List<Projection> projections) {}

  /** A retry of parked events: how many sequences drained, and the projection afterwards. */
  record Retried(int sequencesDrained, Projection projection) {}

  private final EventProcessingConfiguration processing;
  private final EventStore eventStore;
  private final ProjectionWrites writes;

  ProjectionsAdminController(
      EventProcessingConfiguration processing, EventStore eventStore, ProjectionWrites writes) {
    this.processing = processing;
    this.eventStore = eventStore;
    this.writes = writes;
  }

  @GetMapping("/api/admin/projections")
  @Operation(summary = "Each read model's position, lag, replay progress and parked events (ADMIN)")
  Projections projections() {
    requireAdmin();
    OptionalLong head =
        eventStore.createHeadToken() == null
            ? OptionalLong.empty()
            : eventStore.createHeadToken().position();
    List<Projection> projections = new ArrayList<>();
    processing
        .eventProcessors()
        .forEach(
            (name, processor) -> {
              if (processor instanceof StreamingEventProcessor streaming) {
                projections.add(describe(name, streaming, head));
              }
            });
    return new Projections(head.isPresent() ? head.getAsLong() : null, projections);
  }

  @PostMapping("/api/admin/projections/{name}/replay")
  @Operation(summary = "Rebuild one read model from the first event (ADMIN)")
  ResponseEntity<Projection> replay(@PathVariable String name) {
    requireAdmin();
    if (name.equals("ledger")) {
      // Rebuilding the chain from today's bytes would bless any change made to them since.
      throw new LedgerException(
          ErrorCode.FORBIDDEN,
          "The hash chain is evidence and is never rebuilt; verify it instead");
    }
    StreamingEventProcessor processor =
        processing
            .eventProcessor(name, StreamingEventProcessor.class)
            .orElseThrow(
                () -> new LedgerException(ErrorCode.NOT_FOUND, "No projection named " + name));
    if (replaying(processor)) {
      // A second reset would throw the first rebuild's progress away and start again.
      throw new LedgerException(
          ErrorCode.REPLAY_IN_PROGRESS,
          "Projection "
              + name
              + " is being rebuilt already; follow its progress on GET /api/admin/projections");
    }
    processor.shutDown();
    processor.resetTokens();
    processor.start();
    OptionalLong head =
        eventStore.createHeadToken() == null
            ? OptionalLong.empty()
            : eventStore.createHeadToken().position();
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(describe(name, processor, head));
  }

  @PostMapping("/api/admin/projections/{name}/dead-letters/retry")
  @Operation(
      summary =
          "Retry the events a projection parked, once their cause is fixed: each project's sequence in order (ADMIN)")
  Retried retry(@PathVariable String name) {
    requireAdmin();
    StreamingEventProcessor processor =
        processing
            .eventProcessor(name, StreamingEventProcessor.class)
            .orElseThrow(
                () -> new LedgerException(ErrorCode.NOT_FOUND, "No projection named " + name));
    SequencedDeadLetterProcessor<EventMessage<?>> letters =
        processing
            .sequencedDeadLetterProcessor(name)
            .orElseThrow(
                () ->
                    new LedgerException(
                        ErrorCode.NOT_FOUND, "Projection " + name + " parks no events"));
    // Each call takes one parked sequence and handles its events in order; it answers false when
    // none is left, or when the first one tried fails again (it stays parked, with the new cause).
    int drained =
        writes.carefully(
            () -> {
              int sequences = 0;
              while (sequences < 100_000 && letters.processAny()) {
                sequences++;
              }
              return sequences;
            });
    OptionalLong head =
        eventStore.createHeadToken() == null
            ? OptionalLong.empty()
            : eventStore.createHeadToken().position();
    return new Retried(drained, describe(name, processor, head));
  }

  private static boolean replaying(StreamingEventProcessor processor) {
    return processor.processingStatus().values().stream()
        .anyMatch(ProjectionsAdminController::replaying);
  }

  /**
   * Axon keeps a replay token until an event beyond the reset point arrives; the replay itself is
   * over once the position has reached that point.
   */
  private static boolean replaying(EventTrackerStatus status) {
    return status.isReplaying()
        && status.getResetPosition().isPresent()
        && (status.getCurrentPosition().isEmpty()
            || status.getCurrentPosition().getAsLong() < status.getResetPosition().getAsLong());
  }

  private Projection describe(String name, StreamingEventProcessor processor, OptionalLong head) {
    List<Segment> segments = new ArrayList<>();
    for (Map.Entry<Integer, EventTrackerStatus> entry : processor.processingStatus().entrySet()) {
      EventTrackerStatus status = entry.getValue();
      OptionalLong position = status.getCurrentPosition();
      Long lag =
          head.isPresent() && position.isPresent()
              ? Math.max(0, head.getAsLong() - position.getAsLong())
              : null;
      boolean replaying = replaying(status);
      Integer percent = null;
      if (replaying && position.isPresent()) {
        long target = Math.max(1, status.getResetPosition().getAsLong());
        percent = (int) Math.min(100, position.getAsLong() * 100 / target);
      }
      segments.add(
          new Segment(
              entry.getKey(),
              position.isPresent() ? position.getAsLong() : null,
              lag,
              status.isCaughtUp(),
              replaying,
              percent,
              status.isErrorState() ? String.valueOf(status.getError().getMessage()) : null));
    }
    List<Parked> parked = new ArrayList<>();
    long parkedEvents = 0;
    SequencedDeadLetterQueue<EventMessage<?>> queue =
        processing.deadLetterQueue(processor.getName()).orElse(null);
    if (queue != null) {
      parkedEvents = queue.size();
      for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
        DeadLetter<? extends EventMessage<?>> first = null;
        long count = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
          if (first == null) {
            first = letter;
          }
          count++;
        }
        if (first != null) {
          EventMessage<?> message = first.message();
          parked.add(
              new Parked(
                  message instanceof DomainEventMessage<?> domain
                      ? domain.getAggregateIdentifier()
                      : message.getIdentifier(),
                  count,
                  message.getPayloadType().getSimpleName(),
                  message instanceof DomainEventMessage<?> domain
                      ? domain.getSequenceNumber()
                      : null,
                  first.cause().map(cause -> cause.type() + ": " + cause.message()).orElse(null),
                  first.enqueuedAt()));
        }
      }
    }
    // A segment that failed is in error while Axon waits to retry it, though the processor runs.
    boolean error =
        processor.isError() || segments.stream().anyMatch(segment -> segment.error() != null);
    return new Projection(name, processor.isRunning(), error, segments, parkedEvents, parked);
  }

  private static void requireAdmin() {
    if (!CurrentActor.get().hasRole(Role.ADMIN)) {
      throw new LedgerException(ErrorCode.FORBIDDEN, "Only an ADMIN sees and rebuilds projections");
    }
  }
}
