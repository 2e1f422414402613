package org.projectledger.command.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.command.axon.VerifiedCache;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Carries a refusal across a command bus that serializes, as Axon Server's does. There a command's
 * exception crosses the wire as a message and an optional details object: without details the
 * client sees a bare {@link CommandExecutionException} and answers 500. So the handling side, as
 * the outermost interceptor, turns a {@link LedgerException} (and an unknown project) into a {@link
 * CommandExecutionException} whose details are a {@link Refusal}; the dispatching side ({@link
 * LedgerCommandGateway}) turns it back. The embedded default goes the same way, so one path answers
 * refusals on every bus.
 */
@Component
@Order(0)
public class Refusals implements MessageHandlerInterceptor<CommandMessage<?>> {

  /**
   * What crosses the bus: the code, the detail, and the problem's extra properties as the JSON the
   * web would write for them, so that they come back exactly (a decimal keeps its scale).
   */
  public record Refusal(ErrorCode code, String detail, String properties) {}

  private final ObjectMapper json;
  private final ObjectReader exact;

  Refusals(ObjectMapper json) {
    this.json = json;
    this.exact =
        json.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
  }

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    try {
      return chain.proceed();
    } catch (LedgerException refused) {
      // Judged on a cached copy another node had since changed? Then tried again, not refused.
      VerifiedCache.checkServed(unitOfWork);
      throw new CommandExecutionException(refused.getMessage(), refused, refusal(refused));
    } catch (AggregateNotFoundException unknown) {
      LedgerException refused =
          new LedgerException(
              ErrorCode.NOT_FOUND, "No project with id " + unknown.getAggregateIdentifier() + ".");
      throw new CommandExecutionException(refused.getMessage(), unknown, refusal(refused));
    }
  }

  /**
   * The refusal a command's failure carries, as the exception the write API answers; any other
   * failure as it came.
   */
  RuntimeException unwrap(CommandExecutionException failure) {
    return failure
        .getDetails()
        .filter(Refusal.class::isInstance)
        .map(Refusal.class::cast)
        .<RuntimeException>map(this::exception)
        .orElse(failure);
  }

  private Refusal refusal(LedgerException refused) {
    try {
      return new Refusal(
          refused.code(), refused.getMessage(), json.writeValueAsString(refused.properties()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A refusal's properties cannot be written as JSON", e);
    }
  }

  private LedgerException exception(Refusal refusal) {
    Map<String, Object> properties = new LinkedHashMap<>();
    try {
      if (refusal.properties() != null) {
        exact
            .readTree(refusal.properties())
            .fields()
            .forEachRemaining(field -> properties.put(field.getKey(), (JsonNode) field.getValue()));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A refusal's properties are not JSON", e);
    }
    return new LedgerException(refusal.code(), refusal.detail(), properties);
  }
}
