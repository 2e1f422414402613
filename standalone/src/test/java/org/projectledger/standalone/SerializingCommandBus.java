package org.projectledger.standalone;

import com.google.protobuf.InvalidProtocolBufferException;
import io.axoniq.axonserver.grpc.command.Command;
import io.axoniq.axonserver.grpc.command.CommandResponse;
import java.util.List;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * A command bus that does to every command what Axon Server's connector does: the command, its
 * metadata, its result and its exception are turned into Axon Server's wire messages by the
 * connector's own {@link CommandSerializer}, sent through their bytes, and read back on the other
 * side. Only the network is missing. Handlers run on Axon's {@link SimpleCommandBus}, as they run
 * on the connector's local segment.
 */
final class SerializingCommandBus implements CommandBus {

  /** The bus as a Spring bean, in place of the one Axon's auto-configuration would make. */
  static final class Wiring {

    @Bean
    CommandBus commandBus(
        TransactionManager transactions,
        Configuration axon,
        @Qualifier("messageSerializer") Serializer serializer) {
      SimpleCommandBus local =
          SimpleCommandBus.builder()
              .transactionManager(transactions)
              .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"))
              .build();
      local.registerHandlerInterceptor(
          new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
      return new SerializingCommandBus(local, serializer);
    }
  }

  static final List<Class<?>> WIRING = List.of(Wiring.class);

  private final SimpleCommandBus local;
  private final CommandSerializer wire;

  SerializingCommandBus(SimpleCommandBus local, Serializer serializer) {
    this.local = local;
    AxonServerConfiguration configuration = new AxonServerConfiguration();
    configuration.setComponentName("project-ledger");
    configuration.setClientId("serializing-bus");
    this.wire = new CommandSerializer(serializer, configuration);
  }

  @Override
  public <C, R> void dispatch(
      CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
    Command sent = wire.serialize(command, command.getIdentifier(), 0);
    CommandMessage<?> received = wire.deserialize(across(sent));
    local.dispatch(
        received,
        (handled, result) -> {
          CommandResponse response = wire.serialize(result, sent.getMessageIdentifier());
          CommandResultMessage<R> answer = wire.deserialize(across(response));
          callback.onResult(command, answer);
        });
  }

  @Override
  public <C> void dispatch(CommandMessage<C> command) {
    dispatch(command, (sent, result) -> {});
  }

  @Override
  public Registration subscribe(
      String commandName, MessageHandler<? super CommandMessage<?>> handler) {
    return local.subscribe(commandName, handler);
  }

  @Override
  public Registration registerHandlerInterceptor(
      MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
    return local.registerHandlerInterceptor(interceptor);
  }

  @Override
  public Registration registerDispatchInterceptor(
      MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
    return local.registerDispatchInterceptor(interceptor);
  }

  private static Command across(Command command) {
    try {
      return Command.parseFrom(command.toByteArray());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CommandResponse across(CommandResponse response) {
    try {
      return CommandResponse.parseFrom(response.toByteArray());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }
}
