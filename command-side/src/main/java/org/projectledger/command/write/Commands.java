package org.projectledger.command.write;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.projectledger.api.Actor;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of the signed-in user: the actor, their roles and the request's
 * correlation id travel as metadata, and from there onto every event the command records.
 */
@Component
public class Commands {

  private final CommandGateway gateway;

  Commands(CommandGateway gateway) {
    this.gateway = gateway;
  }

  /**
   * Sends and waits.
   *
   * @param reason why, where the command gives a reason; {@code null} otherwise
   * @return what the command left behind
   */
  public Outcome send(Object command, String reason) {
    Actor actor = CurrentActor.get();
    Map<String, Object> metaData = new HashMap<>();
    metaData.put(MetaDataKeys.ACTOR, actor.userName());
    metaData.put(MetaDataKeys.ACTOR_NAME, actor.fullName());
    metaData.put(MetaDataKeys.ROLES, actor.roles().stream().map(Enum::name).sorted().toList());
    metaData.put(MetaDataKeys.CORRELATION_ID, UUID.randomUUID().toString());
    if (reason != null) {
      metaData.put(MetaDataKeys.REASON, reason);
    }
    return gateway.sendAndWait(
        GenericCommandMessage.asCommandMessage(command).withMetaData(MetaData.from(metaData)));
  }
}
