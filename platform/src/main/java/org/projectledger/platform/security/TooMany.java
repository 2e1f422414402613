package org.projectledger.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.projectledger.api.ErrorCode;
import org.projectledger.platform.web.ProblemWriter;
import org.projectledger.platform.web.Problems;
import org.springframework.http.HttpHeaders;

/** A request over one of the ledger's limits: 429 RATE_LIMITED, and when to try again. */
final class TooMany {

  private TooMany() {}

  static void refuse(
      ProblemWriter problems, HttpServletResponse response, long seconds, String detail)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    problems.write(response, Problems.of(ErrorCode.RATE_LIMITED, detail));
  }
}
