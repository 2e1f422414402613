package org.projectledger.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.projectledger.api.ErrorCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The NUL character has no place in a project's text and PostgreSQL cannot store it in a text
 * column: a write that carried one would be acknowledged and then fail in every read model. So it
 * is refused at the door — in a JSON body as a 400 {@code MALFORMED_REQUEST} through Spring MVC's
 * unreadable-message answer, in a query parameter by the filter below — and never reaches the
 * ledger. Found by the hostile-input test.
 */
@Configuration(proxyBeanMethods = false)
class NoNulCharacters {

  /** Picked up by Spring Boot's web ObjectMapper only; the event serializer has its own mapper. */
  @Bean
  Module noNulInJsonText() {
    return new SimpleModule("no-nul-in-text").addDeserializer(String.class, new TextDeserializer());
  }

  @Bean
  NulParameterFilter nulParameterFilter(ProblemWriter problems) {
    return new NulParameterFilter(problems);
  }

  static final class TextDeserializer extends StdScalarDeserializer<String> {
    TextDeserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (text != null && text.indexOf('\u0000') >= 0) {
        throw context.weirdStringException(
            "\\u0000", String.class, "the NUL character is not allowed in text");
      }
      return text;
    }
  }

  @Order(Ordered.HIGHEST_PRECEDENCE + 10)
  static final class NulParameterFilter extends OncePerRequestFilter {
    private final ProblemWriter problems;

    NulParameterFilter(ProblemWriter problems) {
      this.problems = problems;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String query = request.getQueryString();
      if (query != null && query.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
        problems.write(
            response,
            Problems.of(
                ErrorCode.MALFORMED_REQUEST,
                "The NUL character is not allowed in a query parameter."));
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
