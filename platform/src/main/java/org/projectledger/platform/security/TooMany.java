package org.projectledger.platform.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.projectledger.api.ErrorCode;
import org.projectledger.platform.web.ProblemWriter;
import org.projectledger.platform.web.Problems;
import org.springframework.http.HttpHeaders;

/** A request over one of the ledger's limits: 429 RATE_LIMITED, and when to try again. */
final class TooMany {

  private TooMany() {}

  /**
   * Takes one token from the bucket; where none is left, answers 429 with when one will be (the
   * detail is made from those seconds) and says false.
   */
  static boolean take(
      Bucket bucket,
      ProblemWriter problems,
      HttpServletResponse response,
      LongFunction<String> detail)
      throws IOException {
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return true;
    }
    long seconds =
        Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    refuse(problems, response, seconds, detail.apply(seconds));
    return false;
  }

  static void refuse(
      ProblemWriter problems, HttpServletResponse response, long seconds, String detail)
      throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
    problems.write(response, Problems.of(ErrorCode.RATE_LIMITED, detail));
  }
}
