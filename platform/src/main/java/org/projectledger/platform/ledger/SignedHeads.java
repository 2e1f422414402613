package org.projectledger.platform.ledger;

import java.util.List;
import java.util.Optional;
import org.projectledger.api.ledger.SignedHead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The chain's last link, signed: what {@code GET /api/ledger/digest} answers and what every digest
 * e-mail and webhook carries, so that auditors and stakeholders hold copies the database cannot
 * take back.
 */
@Component
public class SignedHeads {

  private final JdbcTemplate jdbc;
  private final ChainSigningKey key;
  private volatile boolean chainExists;

  SignedHeads(JdbcTemplate jdbc, ChainSigningKey key) {
    this.jdbc = jdbc;
    this.key = key;
  }

  /**
   * The signed head, or empty while the chain has no link (or, on a command side started before its
   * query side ever ran, no chain table yet).
   */
  public Optional<SignedHead> current() {
    // Asked before the read, never learnt from a failed one: on PostgreSQL a failed statement
    // would spoil the caller's transaction.
    if (!chainExists) {
      Integer tables =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM information_schema.tables"
                  + " WHERE LOWER(table_name) = 'ledger_chain'",
              Integer.class);
      chainExists = tables != null && tables > 0;
      if (!chainExists) {
        return Optional.empty();
      }
    }
    List<SignedHead> head =
        jdbc.query(
            "SELECT global_position, hash, recorded_at FROM ledger_chain"
                + " ORDER BY global_position DESC LIMIT 1",
            (rs, row) -> key.sign(rs.getLong(1), rs.getString(2), rs.getString(3)));
    return head.stream().findFirst();
  }
}
