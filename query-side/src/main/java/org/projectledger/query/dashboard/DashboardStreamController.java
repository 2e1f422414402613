package org.projectledger.query.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.dashboard.DashboardChanged;
import org.projectledger.api.dashboard.DashboardView;
import org.projectledger.api.dashboard.WatchDashboard;
import org.projectledger.platform.BusinessDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events: the dashboard at once, then again after every change to the project, each
 * event named {@code dashboard} with the project's version as its id.
 */
@RestController
@Tag(name = "Dashboard")
class DashboardStreamController {

  private static final Logger LOG = LoggerFactory.getLogger(DashboardStreamController.class);
  private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

  private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();
  private final QueryGateway queries;
  private final Dashboards dashboards;
  private final BusinessDates dates;

  DashboardStreamController(QueryGateway queries, Dashboards dashboards, BusinessDates dates) {
    this.queries = queries;
    this.dashboards = dashboards;
    this.dates = dates;
  }

  @GetMapping(
      path = "/api/projects/{projectId}/dashboard/stream",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(summary = "The dashboard, again on every change (text/event-stream)")
  SseEmitter stream(
      @PathVariable UUID projectId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate statusDate) {
    LocalDate date = dates.statusDate(statusDate, null);
    DashboardView first =
        dashboards
            .of(projectId, date)
            .orElseThrow(
                () ->
                    new LedgerException(
                        ErrorCode.NOT_FOUND, "No project with id " + projectId + "."));
    SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
    SubscriptionQueryResult<Long, DashboardChanged> subscription =
        queries.subscriptionQuery(
            new WatchDashboard(projectId),
            ResponseTypes.instanceOf(Long.class),
            ResponseTypes.instanceOf(DashboardChanged.class));
    open.add(emitter);
    Runnable cancel =
        () -> {
          open.remove(emitter);
          subscription.cancel();
        };
    emitter.onCompletion(cancel);
    emitter.onTimeout(cancel);
    emitter.onError(error -> cancel.run());
    send(emitter, first);
    subscription
        .updates()
        .subscribe(
            changed -> dashboards.of(projectId, date).ifPresent(view -> send(emitter, view)),
            error -> emitter.completeWithError(error),
            emitter::complete);
    return emitter;
  }

  /** Ends every open stream as the service stops, so that a graceful shutdown need not wait. */
  @EventListener(ContextClosedEvent.class)
  void closeStreams() {
    open.forEach(SseEmitter::complete);
    open.clear();
  }

  private static void send(SseEmitter emitter, DashboardView view) {
    try {
      emitter.send(
          SseEmitter.event()
              .name("dashboard")
              .id(String.valueOf(view.version()))
              .data(view, MediaType.APPLICATION_JSON));
    } catch (IOException | IllegalStateException gone) {
      LOG.debug("A dashboard stream went away: {}", gone.getMessage());
      emitter.completeWithError(gone);
    }
  }
}
