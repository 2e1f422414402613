package org.projectledger.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.projectledger.api.ErrorCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies are at most 1 MB (API.md: 413), a plan file's upload at most {@code
 * ledger.imports.max-upload} (16 MB by default: a large P6 export is several MB; what a zip in it
 * unpacks to is limited on its own, to 20 MB). A declared length over the limit is refused before
 * anything is read; a chunked body is counted as it is read and cut off at the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BodySizeLimit extends OncePerRequestFilter {

  public static final long LIMIT = 1024 * 1024;

  /** The one path that takes files: a project's plan import. */
  private static final Pattern UPLOAD = Pattern.compile("^/api/projects/[^/]+/imports$");

  private final ProblemWriter problems;
  private final long uploadLimit;

  BodySizeLimit(
      ProblemWriter problems, @Value("${ledger.imports.max-upload:16MB}") DataSize uploadLimit) {
    this.problems = problems;
    this.uploadLimit = Math.max(LIMIT, uploadLimit.toBytes());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean upload =
        "POST".equals(request.getMethod()) && UPLOAD.matcher(request.getRequestURI()).matches();
    long limit = upload ? uploadLimit : LIMIT;
    if (request.getContentLengthLong() > limit) {
      problems.write(response, tooLarge());
      return;
    }
    chain.doFilter(new Limited(request, limit), response);
  }

  static org.springframework.http.ProblemDetail tooLarge() {
    return Problems.of(
        ErrorCode.PAYLOAD_TOO_LARGE,
        "Request bodies are at most 1 MB, and a plan file's upload at most ledger.imports.max-upload.");
  }

  /** Thrown when a body without a declared length grows past the limit. */
  public static class TooLarge extends IOException {
    TooLarge() {
      super("Request body over its limit");
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream limited;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
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
                if (b >= 0 && ++read > limit) {
                  throw new TooLarge();
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0 && (read += n) > limit) {
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
