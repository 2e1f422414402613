package org.projectledger.command.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.projectledger.api.ErrorCode;
import org.projectledger.platform.web.ApiDocumentation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * What every write shares in the OpenAPI document: the If-Match, Idempotency-Key and
 * X-Correlation-Id headers, the ETag of the answer, the problems a write may meet, and an example
 * body for each write from {@code openapi/examples/<operation>.json}.
 */
@Configuration(proxyBeanMethods = false)
class WriteApiDocumentation {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  OperationCustomizer writeDocumentation() {
    return (operation, handler) -> {
      if (!handler.getBeanType().getPackageName().startsWith("org.projectledger.command")) {
        return operation;
      }
      operation
          .addParametersItem(
              header(
                  Commands.IF_MATCH,
                  "Apply only if the project is at this version (its ETag), else 412"))
          .addParametersItem(
              header(
                  Commands.IDEMPOTENCY_KEY,
                  "The same key with the same body returns the first answer and appends nothing;"
                      + " with another body it is 422"))
          .addParametersItem(
              header(Commands.CORRELATION_ID, "Carried onto every event this write records"));
      operation
          .getResponses()
          .values()
          .forEach(
              answer ->
                  answer.addHeaderObject(
                      "ETag",
                      new Header()
                          .description("\"N\": the project's version after the write")
                          .schema(new StringSchema())));
      for (ErrorCode code :
          new ErrorCode[] {
            ErrorCode.SEGREGATION_OF_DUTIES,
            ErrorCode.CONCURRENT_MODIFICATION,
            ErrorCode.VERSION_MISMATCH,
            ErrorCode.PAYLOAD_TOO_LARGE,
            ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            ErrorCode.IDEMPOTENCY_KEY_REUSED
          }) {
        ApiDocumentation.addProblem(operation.getResponses(), code, describe(code));
      }
      exampleBody(operation, handler.getMethod().getName());
      return operation;
    };
  }

  private static String describe(ErrorCode code) {
    return switch (code) {
      case SEGREGATION_OF_DUTIES ->
          "Forbidden: your roles, your part in the project, or segregation of duties";
      case CONCURRENT_MODIFICATION ->
          "A rule of DOMAIN.md (its code, e.g. PLAN_EXCEEDS_BUDGET, TOLERANCE_EXCEEDED) or a lost race";
      case VERSION_MISMATCH -> "If-Match did not hold";
      case PAYLOAD_TOO_LARGE -> "The body is over 1 MB";
      case UNSUPPORTED_MEDIA_TYPE -> "The body is not JSON";
      case IDEMPOTENCY_KEY_REUSED -> "The Idempotency-Key was used for another body";
      default -> code.title();
    };
  }

  private static HeaderParameter header(String name, String description) {
    return (HeaderParameter)
        new HeaderParameter()
            .name(name)
            .description(description)
            .required(false)
            .schema(new StringSchema());
  }

  private static void exampleBody(Operation operation, String name) {
    ClassPathResource example = new ClassPathResource("openapi/examples/" + name + ".json");
    if (!example.exists() || operation.getRequestBody() == null) {
      return;
    }
    try (InputStream in = example.getInputStream()) {
      Object value = JSON.readValue(in, Object.class);
      for (MediaType media : operation.getRequestBody().getContent().values()) {
        media.setExample(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable example " + example.getPath(), e);
    }
  }
}
