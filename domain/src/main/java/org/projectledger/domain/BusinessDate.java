package org.projectledger.domain;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.projectledger.api.MetaDataKeys;

/**
 * The date a command is recorded on, in the ledger's business time zone, as the command side handed
 * it in ({@link MetaDataKeys#RECORDED_ON}): the status date the aggregate measures its figures on.
 * The aggregate never reads a clock.
 */
public record BusinessDate(LocalDate date) {

  /** Lets a command handler take a {@link BusinessDate} parameter. */
  public static final class Resolver implements ParameterResolverFactory {

    @Override
    public ParameterResolver<BusinessDate> createInstance(
        Executable executable, Parameter[] parameters, int parameterIndex) {
      if (!BusinessDate.class.equals(parameters[parameterIndex].getType())) {
        return null;
      }
      return new ParameterResolver<>() {
        @Override
        public BusinessDate resolveParameterValue(Message<?> message) {
          Object recordedOn = message.getMetaData().get(MetaDataKeys.RECORDED_ON);
          if (recordedOn == null) {
            throw new IllegalStateException(
                "A command that measures figures carries the date it is recorded on");
          }
          return new BusinessDate(LocalDate.parse(String.valueOf(recordedOn)));
        }

        @Override
        public boolean matches(Message<?> message) {
          return true;
        }
      };
    }
  }
}
