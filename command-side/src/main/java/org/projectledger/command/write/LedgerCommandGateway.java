package org.projectledger.command.write;

import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.stereotype.Component;

/**
 * Axon's gateway, but a refusal comes back as the {@link org.projectledger.api.LedgerException} the
 * handler threw, whichever bus carried it (see {@link Refusals}). It replaces the gateway Axon's
 * auto-configuration would make, so every sender of commands sees refusals the same way.
 */
@Component
class LedgerCommandGateway extends DefaultCommandGateway {

  private final Refusals refusals;

  LedgerCommandGateway(CommandBus commandBus, Refusals refusals) {
    super(DefaultCommandGateway.builder().commandBus(commandBus));
    this.refusals = refusals;
  }

  @Override
  public <R> R sendAndWait(Object command) {
    try {
      return super.sendAndWait(command);
    } catch (CommandExecutionException failure) {
      throw refusals.unwrap(failure);
    }
  }

  @Override
  public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
    try {
      return super.sendAndWait(command, timeout, unit);
    } catch (CommandExecutionException failure) {
      throw refusals.unwrap(failure);
    }
  }
}
