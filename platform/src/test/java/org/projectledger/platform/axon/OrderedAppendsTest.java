package org.projectledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderedAppendsTest {

  @Test
  void axonsInsertTakesTheAppendOrderLockBeforeItsRowIsMade() {
    assertThat(
            OrderedAppends.lockingInsert(
                "INSERT INTO DomainEventEntry (eventIdentifier, aggregateIdentifier) VALUES (?,?)"))
        .isEqualTo(
            "WITH lock AS (UPDATE event_append_lock SET appends = appends + 1 WHERE id = 1"
                + " RETURNING 1) INSERT INTO DomainEventEntry (eventIdentifier,"
                + " aggregateIdentifier) SELECT ?,? FROM (SELECT 1) one LEFT JOIN lock ON TRUE");
  }

  @Test
  void anythingElseIsRefusedRatherThanSentWithoutTheLock() {
    assertThatThrownBy(() -> OrderedAppends.lockingInsert("UPDATE x SET y = ?"))
        .isInstanceOf(IllegalStateException.class);
  }
}
