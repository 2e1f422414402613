package org.projectledger.command.write;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Learns the aggregate's version from the events a command appends, so that every write can answer
 * {@code version} and {@code ETag} without reading the project back. The command's result is
 * wrapped in an {@link Outcome}; as the events go to the store, the event bus notes their highest
 * sequence number in it.
 */
@Component
@Order(40)
class AggregateVersions implements MessageHandlerInterceptor<CommandMessage<?>> {

  private static final String OUTCOME = AggregateVersions.class.getName() + ".outcome";

  /** Axon registers this bean on the command bus itself; the event bus is told here. */
  AggregateVersions(EventBus eventBus) {
    eventBus.registerDispatchInterceptor(this::noteSequences);
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    Outcome outcome = new Outcome(chain.proceed());
    unitOfWork.root().resources().put(OUTCOME, outcome);
    return outcome;
  }

  private BiFunction<Integer, EventMessage<?>, EventMessage<?>> noteSequences(
      List<? extends EventMessage<?>> events) {
    if (CurrentUnitOfWork.isStarted()
        && CurrentUnitOfWork.get().root().getResource(OUTCOME) instanceof Outcome outcome) {
      for (EventMessage<?> event : events) {
        if (event instanceof DomainEventMessage<?> domainEvent) {
          outcome.noteSequence(domainEvent.getSequenceNumber());
        }
      }
    }
    return (index, event) -> event;
  }
}
