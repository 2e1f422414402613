package org.projectledger.query.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.projectledger.api.ErrorCode;
import org.projectledger.api.LedgerException;
import org.projectledger.api.ledger.LedgerHash;
import org.projectledger.api.ledger.SignedHead;
import org.projectledger.api.ledger.StoredEvent;
import org.projectledger.platform.ledger.ChainSigningKey;
import org.projectledger.platform.ledger.SignedHeads;
import org.projectledger.platform.ledger.StoredEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The ledger as an auditor checks it: the head of the hash chain to keep (signed), a verification
 * that recomputes the chain from the stored events, and an export of every event with its link, for
 * verifying without us (docs/ledger-format.md).
 */
@RestController
@Validated
@Tag(name = "Ledger")
class LedgerController {

  record Mismatch(long position, String eventId) {}

  /**
   * {@code ok} only when something was verified and nothing differs: an empty chain verifies
   * nothing. {@code behind} counts the stored events after the chain's last link, not yet linked.
   */
  record Verification(boolean ok, Long verifiedThrough, Mismatch firstMismatch, long behind) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;
  private final StoredEvents stored;
  private final SignedHeads heads;
  private final ChainSigningKey signingKey;
  private final int chainPage;

  LedgerController(
      JdbcTemplate jdbc,
      StoredEvents stored,
      SignedHeads heads,
      ChainSigningKey signingKey,
      @Value("${ledger.chain.read-page:10000}") int chainPage) {
    this.jdbc = jdbc;
    this.stored = stored;
    this.heads = heads;
    this.signingKey = signingKey;
    this.chainPage = chainPage;
  }

  @GetMapping("/api/ledger/digest")
  @Operation(
      summary =
          "The head of the hash chain, signed with the service's Ed25519 key, for an auditor to keep")
  SignedHead digest() {
    return heads
        .current()
        .orElseThrow(
            () -> new LedgerException(ErrorCode.NOT_FOUND, "The ledger holds no event yet."));
  }

  /**
   * The public key that checks the digests' signatures. Trust it only as far as its id matches the
   * one the operator published (the service logs both at start).
   */
  @GetMapping(path = "/api/ledger/public-key", produces = "application/x-pem-file")
  @Operation(summary = "The Ed25519 public key that checks the digests' signatures, in PEM")
  ResponseEntity<String> publicKey() {
    return ResponseEntity.ok()
        .header("X-Ledger-Key-Id", signingKey.keyId())
        .contentType(MediaType.parseMediaType("application/x-pem-file"))
        .body(signingKey.publicKeyPem());
  }

  /**
   * Recomputes the chain from the stored events and compares it with the links first computed: the
   * first position whose event was edited, deleted or inserted is named. With {@code position} and
   * {@code hash} (a digest kept earlier), it also checks that the recomputed chain still reaches
   * that hash at that position.
   */
  @GetMapping("/api/ledger/verify")
  @Operation(
      summary =
          "Recompute the chain from the stored events; name the first position that no longer matches")
  Verification verify(
      @RequestParam(required = false) @Min(0) Long position,
      @RequestParam(required = false) @Pattern(regexp = "[0-9a-f]{64}") String hash) {
    ChainLinks expected = new ChainLinks(jdbc, chainPage);
    String[] running = {LedgerHash.GENESIS};
    Mismatch[] mismatch = {null};
    Long[] verified = {null};
    long[] behind = {0};
    String[] atPosition = {null};
    stored.forEach(
        event -> {
          if (mismatch[0] != null) {
            return;
          }
          running[0] = LedgerHash.next(running[0], event);
          if (position != null && event.position() == position) {
            atPosition[0] = running[0];
          }
          if (!expected.hasNext()) {
            behind[0]++;
            return;
          }
          ChainLinks.Link link = expected.next();
          if (link.position() < event.position()) {
            mismatch[0] = new Mismatch(link.position(), link.eventId());
          } else if (link.position() > event.position() || !link.hash().equals(running[0])) {
            mismatch[0] = new Mismatch(event.position(), event.eventId());
          } else {
            verified[0] = event.position();
          }
        });
    if (mismatch[0] == null && expected.hasNext()) {
      ChainLinks.Link missing = expected.next();
      mismatch[0] = new Mismatch(missing.position(), missing.eventId());
    }
    boolean digestHolds = position == null || (hash != null && hash.equals(atPosition[0]));
    if (position != null && !digestHolds && mismatch[0] == null) {
      mismatch[0] = new Mismatch(position, null);
    }
    boolean ok = mismatch[0] == null && digestHolds && verified[0] != null;
    return new Verification(ok, verified[0], mismatch[0], mismatch[0] == null ? behind[0] : 0);
  }

  @GetMapping(path = "/api/ledger/export", produces = "application/x-ndjson")
  @Operation(summary = "Every event in global order with its chain hash, as NDJSON")
  ResponseEntity<StreamingResponseBody> export() {
    StreamingResponseBody body =
        out -> {
          // The recorded link where there is one, the recomputed one where the chain is behind;
          // both walk in order of position, a page at a time.
          ChainLinks links = new ChainLinks(jdbc, chainPage);
          String[] running = {LedgerHash.GENESIS};
          stored.forEach(
              event -> {
                running[0] = LedgerHash.next(running[0], event);
                while (links.peek() != null && links.peek().position() < event.position()) {
                  links.next();
                }
                ChainLinks.Link link = links.peek();
                write(
                    out,
                    event,
                    link != null && link.position() == event.position() ? link.hash() : running[0]);
              });
        };
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/x-ndjson"))
        .body(body);
  }

  private static void write(OutputStream out, StoredEvent event, String hash) {
    try {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("position", event.position());
      line.put("eventId", event.eventId());
      line.put("type", event.type());
      line.put("revision", event.revision());
      line.put("aggregateId", event.aggregateId());
      line.put("sequence", event.sequence());
      line.put("timestamp", event.timestamp());
      line.put("payload", event.payload());
      line.put("metadata", event.metadata());
      line.put("hash", hash);
      out.write(JSON.writeValueAsBytes(line));
      out.write('\n');
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
