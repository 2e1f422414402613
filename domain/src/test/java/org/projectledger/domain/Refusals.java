package org.projectledger.domain;

import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;

/** Matches a refusal by its error code, never by its message. */
final class Refusals {

  private Refusals() {}

  static Matcher<LedgerException> refusedWith(ErrorCode code) {
    return new FeatureMatcher<>(Matchers.equalTo(code), "a refusal with code", "code") {
      @Override
      protected ErrorCode featureValueOf(LedgerException actual) {
        return actual.code();
      }
    };
  }
}
