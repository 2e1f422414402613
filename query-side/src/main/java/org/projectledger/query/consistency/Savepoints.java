package org.projectledger.query.consistency;

import org.axonframework.messaging.InterceptorChain;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one event handler inside a savepoint of the batch's transaction. On PostgreSQL a failed
 * statement poisons the whole transaction, so Axon could not even park the failing event in its
 * dead-letter queue; rolled back to the savepoint, the transaction goes on, the event is parked for
 * its project, and the other projects' events of the batch are kept.
 */
@Component
public class Savepoints {

  private final TransactionTemplate nested;

  Savepoints(PlatformTransactionManager transactions) {
    this.nested = new TransactionTemplate(transactions);
    this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public Object proceed(InterceptorChain chain) throws Exception {
    try {
      return nested.execute(
          status -> {
            try {
              return chain.proceed();
            } catch (RuntimeException e) {
              throw e;
            } catch (Exception e) {
              throw new HandlerFailure(e);
            }
          });
    } catch (HandlerFailure failure) {
      throw (Exception) failure.getCause();
    }
  }

  private static final class HandlerFailure extends RuntimeException {
    HandlerFailure(Exception cause) {
      super(cause);
    }
  }
}
