package org.projectledger.command.write;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.platform.BusinessDates;
import org.springframework.stereotype.Component;

/**
 * Hands every command the date it is recorded on, in the business time zone: the aggregate measures
 * its figures on that day and never reads a clock itself. Axon registers this on the command
 * gateway, so every sender — the write API, the ledger's own deliveries, a scheduled check —
 * carries it; a date already given is kept.
 */
@Component
class RecordedOn implements MessageDispatchInterceptor<CommandMessage<?>> {

  private final BusinessDates dates;

  RecordedOn(BusinessDates dates) {
    this.dates = dates;
  }

  @Override
  public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
      List<? extends CommandMessage<?>> messages) {
    return (index, command) ->
        command.getMetaData().containsKey(MetaDataKeys.RECORDED_ON)
            ? command
            : command.andMetaData(
                java.util.Map.of(MetaDataKeys.RECORDED_ON, dates.today().toString()));
  }
}
