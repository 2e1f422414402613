package org.projectledger.query.consistency;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs every event handler of the query side's projections through {@link ProjectionWrites},
 * registered once here rather than copied into each projection: a handler of a class in {@code
 * org.projectledger.query} with a {@link ProcessingGroup} is batched, or careful after a failure,
 * for its group. The wrapping sits where a class's own {@code @MessageHandlerInterceptor} would, on
 * each handler, inside Axon's dead-letter queue: a careful handler's savepoint is rolled back
 * before the queue parks its event.
 */
@Component
public class ProjectionWritesEnhancer implements HandlerEnhancerDefinition {

  private static final String QUERY_SIDE = "org.projectledger.query.";

  private static final Logger LOG = LoggerFactory.getLogger(ProjectionWritesEnhancer.class);

  // Provided lazily: Axon builds its handlers while the application context is still starting.
  // Looked up once, at the first event: a look-up per event was 4 % of the project tables' rebuild.
  private final ObjectProvider<ProjectionWrites> provider;
  private volatile ProjectionWrites writes;

  ProjectionWritesEnhancer(ObjectProvider<ProjectionWrites> writes) {
    this.provider = writes;
  }

  private ProjectionWrites writes() {
    ProjectionWrites found = writes;
    if (found == null) {
      found = provider.getObject();
      writes = found;
    }
    return found;
  }

  @Override
  public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
    Class<?> declaring = original.declaringClass();
    ProcessingGroup group = declaring.getAnnotation(ProcessingGroup.class);
    if (group == null
        || !declaring.getName().startsWith(QUERY_SIDE)
        || !original.canHandleMessageType(EventMessage.class)) {
      return original;
    }
    String name = group.value();
    LOG.debug("Projection writes of {} for {}", name, original.signature());
    return new WrappedMessageHandlingMember<>(original) {
      @Override
      public Object handle(Message<?> message, T target) throws Exception {
        return writes().handle(name, () -> super.handle(message, target));
      }
    };
  }
}
