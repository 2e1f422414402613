package org.projectledger.domain;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.projectledger.api.Actor;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.MetaDataKeys;
import org.projectledger.api.Role;

/**
 * Lets a command handler take an {@link Actor} parameter, built from the message's metadata that
 * the command side filled from the signed-in principal. A command without an actor is refused
 * before any rule sees it: nothing anonymous is ever recorded.
 */
public class ActorParameterResolverFactory implements ParameterResolverFactory {

  @Override
  public ParameterResolver<Actor> createInstance(
      Executable executable, Parameter[] parameters, int parameterIndex) {
    if (!Actor.class.equals(parameters[parameterIndex].getType())) {
      return null;
    }
    return new ParameterResolver<>() {
      @Override
      public Actor resolveParameterValue(Message<?> message) {
        return actorOf(message);
      }

      @Override
      public boolean matches(Message<?> message) {
        return true;
      }
    };
  }

  static Actor actorOf(Message<?> message) {
    if (!(message.getMetaData().get(MetaDataKeys.ACTOR) instanceof String userName)
        || userName.isBlank()) {
      throw new LedgerException(ErrorCode.UNAUTHENTICATED, "No signed-in user is named");
    }
    Object fullName = message.getMetaData().get(MetaDataKeys.ACTOR_NAME);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (message.getMetaData().get(MetaDataKeys.ROLES) instanceof Collection<?> names) {
      for (Object name : names) {
        for (Role role : Role.values()) {
          if (role.name().equals(String.valueOf(name))) {
            roles.add(role);
          }
        }
      }
    }
    return new Actor(userName, fullName instanceof String s ? s : userName, roles);
  }
}
