package org.projectledger.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.Map;
import org.projectledger.api.ErrorCode;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's shared parts: HTTP Basic sign-in, the RFC 9457 problem with every code the
 * ledger answers, and the problems any API operation may answer.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

  public static final String PROBLEM = "Problem";

  @Bean
  OpenAPI ledgerOpenApi() {
    Schema<?> problem =
        new ObjectSchema()
            .description(
                "An RFC 9457 problem answer; `errors` lists the fields that failed validation")
            .addProperty("type", new StringSchema().example("/problems/plan-exceeds-budget"))
            .addProperty("title", new StringSchema().example("Plan exceeds budget"))
            .addProperty("status", new IntegerSchema().example(409))
            .addProperty("detail", new StringSchema())
            .addProperty("instance", new StringSchema())
            .addProperty(
                "code",
                new StringSchema()
                    ._enum(Arrays.stream(ErrorCode.values()).map(Enum::name).toList()))
            .addProperty(
                "errors",
                new io.swagger.v3.oas.models.media.ArraySchema()
                    .items(
                        new ObjectSchema()
                            .addProperty("field", new StringSchema())
                            .addProperty("message", new StringSchema())));
    return new OpenAPI()
        .info(
            new Info()
                .title("Project Ledger")
                .version("1")
                .description(
                    "An event-sourced ledger of project decisions. Writes (POST, PUT, DELETE) are"
                        + " commands; reads (GET) are read models."))
        .components(
            new Components()
                .addSchemas(PROBLEM, problem)
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }

  /** Every API operation may be refused for sign-in, rights, validation or an unreachable store. */
  @Bean
  OperationCustomizer commonProblems() {
    return (operation, handler) -> {
      for (ErrorCode code :
          new ErrorCode[] {
            ErrorCode.VALIDATION_FAILED,
            ErrorCode.UNAUTHENTICATED,
            ErrorCode.FORBIDDEN,
            ErrorCode.NOT_FOUND,
            ErrorCode.UNAVAILABLE
          }) {
        addProblem(operation.getResponses(), code, code.title());
      }
      return operation;
    };
  }

  /** Adds a problem answer for a status, unless the operation already documents it. */
  public static void addProblem(
      io.swagger.v3.oas.models.responses.ApiResponses responses,
      ErrorCode code,
      String description) {
    String status = String.valueOf(code.status());
    if (responses.containsKey(status)) {
      return;
    }
    Map<String, Object> example =
        Map.of(
            "type", Problems.typeOf(code).toString(),
            "title", code.title(),
            "status", code.status(),
            "code", code.name());
    responses.addApiResponse(
        status,
        new ApiResponse()
            .description(description)
            .content(
                new Content()
                    .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                            .example(example))));
  }
}
