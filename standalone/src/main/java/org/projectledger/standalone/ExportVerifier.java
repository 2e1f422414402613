package org.projectledger.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.projectledger.api.ledger.LedgerHash;
import org.projectledger.api.ledger.SignedHead;
import org.projectledger.api.ledger.StoredEvent;

/**
 * Verifies a ledger export without any server: {@code java -jar project-ledger.jar verify --export
 * FILE --digest DIGEST.json --public-key KEY.pem}. Every line's hash must follow from the line
 * before it (docs/ledger-format.md); the digest an auditor or stakeholder kept (the answer of
 * {@code GET /api/ledger/digest}, or a webhook's {@code ledgerHead}) must be signed by the ledger's
 * key, and the export must reach its hash at its position. A bare hash ({@code --digest HASH},
 * without a key) is still checked, as one of the export's hashes. Exit 0 when it holds; otherwise
 * the first bad line is named and the exit code is 1 (2 for a wrong call).
 */
final class ExportVerifier {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportVerifier() {}

  static int run(String[] args, PrintStream out) {
    String export = null;
    String digest = null;
    String publicKey = null;
    for (int i = 1; i < args.length - 1; i++) {
      if (args[i].equals("--export")) {
        export = args[i + 1];
      } else if (args[i].equals("--digest")) {
        digest = args[i + 1];
      } else if (args[i].equals("--public-key")) {
        publicKey = args[i + 1];
      }
    }
    if (export == null || digest == null) {
      out.println(
          "usage: java -jar project-ledger.jar verify --export FILE"
              + " --digest DIGEST.json --public-key KEY.pem  (or --digest HASH, unsigned)");
      return 2;
    }
    Long signedAt = null;
    if (publicKey != null) {
      SignedHead head;
      try {
        head = JSON.readValue(Files.readString(Path.of(digest)), SignedHead.class);
      } catch (IOException | RuntimeException unreadable) {
        out.println(digest + " holds no signed digest (the JSON of GET /api/ledger/digest)");
        return 2;
      }
      try {
        if (!head.signedBy(SignedHead.publicKey(Files.readString(Path.of(publicKey))))) {
          out.println(
              "the digest's signature does not verify with the key in "
                  + publicKey
                  + ": it was not signed by that key, or its position, hash or time were changed");
          return 1;
        }
      } catch (IOException | IllegalArgumentException unreadable) {
        out.println(publicKey + " holds no Ed25519 public key in PEM");
        return 2;
      }
      digest = head.hash();
      signedAt = head.position();
    } else if (!digest.matches("[0-9a-f]{64}")) {
      out.println("--digest names a file: give the ledger's --public-key to check its signature");
      return 2;
    }
    String running = LedgerHash.GENESIS;
    long line = 0;
    Long digestAt = null;
    try (BufferedReader reader = Files.newBufferedReader(Path.of(export), StandardCharsets.UTF_8)) {
      String text;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        JsonNode node;
        StoredEvent event;
        try {
          node = JSON.readTree(text);
          event =
              new StoredEvent(
                  node.get("position").asLong(),
                  node.get("eventId").asText(),
                  node.get("type").asText(),
                  node.get("revision").isNull() ? null : node.get("revision").asText(),
                  node.get("aggregateId").asText(),
                  node.get("sequence").asLong(),
                  node.get("timestamp").asText(),
                  node.get("payload").asText(),
                  node.get("metadata").isNull() ? null : node.get("metadata").asText());
        } catch (IOException | RuntimeException unreadable) {
          out.println("line " + line + ": not an event of a ledger export");
          return 1;
        }
        running = LedgerHash.next(running, event);
        if (!running.equals(node.get("hash").asText())) {
          out.println(
              "line "
                  + line
                  + " (position "
                  + event.position()
                  + ", event "
                  + event.eventId()
                  + "): hash does not match");
          return 1;
        }
        if (running.equals(digest) && (signedAt == null || signedAt == event.position())) {
          digestAt = event.position();
        }
      }
    } catch (IOException e) {
      out.println("cannot read " + export + ": " + e.getMessage());
      return 2;
    }
    if (digestAt == null) {
      out.println("the export does not reach the digest " + digest + " (" + line + " lines read)");
      return 1;
    }
    out.println(
        "ok: "
            + line
            + " lines verify; the "
            + (signedAt == null ? "digest" : "signed digest")
            + " is reached at position "
            + digestAt);
    return 0;
  }
}
