package org.projectledger.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the service maps, taken from Spring's handler mappings so that a new endpoint is
 * tested without being listed, and the OpenAPI example of each write.
 */
final class MappedEndpoints {

  record Endpoint(RequestMethod method, String pattern, String handler) {
    /** The project's own closure, after which every write answers PROJECT_CLOSED. */
    boolean closesTheProject() {
      return pattern.endsWith("/closure") && !pattern.contains("/risks/");
    }
  }

  private static final Map<String, String> EXAMPLES = new ConcurrentHashMap<>();

  private MappedEndpoints() {}

  /** All but the error page and static resources; the project's closure comes last. */
  static List<Endpoint> of(ApplicationContext context) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (RequestMappingInfoHandlerMapping mapping :
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
          mapping.getHandlerMethods().entrySet()) {
        RequestMappingInfo info = entry.getKey();
        Set<String> patterns =
            info.getPathPatternsCondition() != null
                ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String pattern : patterns) {
          if (pattern.equals("/error") || pattern.contains("**")) {
            continue;
          }
          for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
            endpoints.add(new Endpoint(method, pattern, entry.getValue().getMethod().getName()));
          }
        }
      }
    }
    endpoints.sort(
        Comparator.comparing(Endpoint::closesTheProject)
            .thenComparing(Endpoint::pattern)
            .thenComparing(endpoint -> endpoint.method().name()));
    return endpoints;
  }

  /** The OpenAPI example of the write, with the test users' password for signed acts. */
  static String example(String handler) {
    return EXAMPLES.computeIfAbsent(
        handler,
        name -> {
          ClassPathResource resource = new ClassPathResource("openapi/examples/" + name + ".json");
          if (!resource.exists()) {
            return "{}";
          }
          try {
            return new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replace("the signer's password", "secret");
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
