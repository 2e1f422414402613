package org.projectledger.command.write;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.domain.Project;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * If-Match (API.md): the command applies only if the project is at the version the client read. The
 * project is loaded into the unit of work here, so the handler works on the very instance that was
 * checked; a writer that slips in between fails at append and is answered the same way.
 */
@Component
@Order(20)
class ExpectedVersions implements MessageHandlerInterceptor<CommandMessage<?>> {

  private final ObjectProvider<Configuration> axon;

  ExpectedVersions(ObjectProvider<Configuration> axon) {
    this.axon = axon;
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    Object expected = unitOfWork.getMessage().getMetaData().get(WriteMetaData.EXPECTED_VERSION);
    if (expected != null) {
      String projectId =
          String.valueOf(unitOfWork.getMessage().getMetaData().get(WriteMetaData.ANSWER_PROJECT));
      Long actual = axon.getObject().repository(Project.class).load(projectId).version();
      long wanted = ((Number) expected).longValue();
      if (actual == null || actual != wanted) {
        throw new LedgerException(
            ErrorCode.VERSION_MISMATCH,
            "The project is at version %s, not %d: read it again before changing it"
                .formatted(actual, wanted));
      }
    }
    return chain.proceed();
  }
}
