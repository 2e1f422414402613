package org.projectledger.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.projectledger.api.ErrorCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses some requests before any servlet sees them — a path with an encoded slash, a NUL
 * or an invalid escape — and answers them with its HTML error report. This valve takes the place of
 * that report on the host, so those refusals are RFC 9457 problems too.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    ErrorCode code = ProblemErrorController.codeFor(status);
    String body =
        "{\"type\":\"/problems/%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"code\":\"%s\"}"
            .formatted(
                code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                code.title(),
                status,
                "The request was refused before it could be read: its path or headers are not"
                    + " acceptable.",
                code.name());
    try {
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException ignored) {
      // The client is gone or the answer is already on its way; nothing more can be said.
    }
  }

  /** Puts the valve in place of Tomcat's HTML error report when the context starts. */
  @Component
  static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context ->
              context.addLifecycleListener(
                  event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                        && context.getParent() instanceof Host host) {
                      for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve
                            && !(valve instanceof ProblemErrorReportValve)) {
                          host.getPipeline().removeValve(valve);
                          host.getPipeline().addValve(new ProblemErrorReportValve());
                        }
                      }
                    }
                  }));
    }
  }
}
