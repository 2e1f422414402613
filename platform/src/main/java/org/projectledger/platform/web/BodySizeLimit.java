package org.projectledger.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.projectledger.api.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies are at most 1 MB (API.md: 413). A declared length over the limit is refused before
 * anything is read; a chunked body is counted as it is read and cut off at the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BodySizeLimit extends OncePerRequestFilter {

  public static final long LIMIT = 1024 * 1024;

  private final ProblemWriter problems;

  BodySizeLimit(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > LIMIT) {
      problems.write(response, tooLarge());
      return;
    }
    chain.doFilter(new Limited(request), response);
  }

  static org.springframework.http.ProblemDetail tooLarge() {
    return Problems.of(ErrorCode.PAYLOAD_TOO_LARGE, "Request bodies are at most 1 MB.");
  }

  /** Thrown when a body without a declared length grows past the limit. */
  public static class TooLarge extends IOException {
    TooLarge() {
      super("Request body over 1 MB");
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private ServletInputStream limited;

    Limited(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (limited == null) {
        ServletInputStream in = super.getInputStream();
        limited =
            new ServletInputStream() {
              private long read;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++read > LIMIT) {
                  throw new TooLarge();
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0 && (read += n) > LIMIT) {
                  throw new TooLarge();
                }
                return n;
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return limited;
    }
  }
}
