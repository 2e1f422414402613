package org.projectledger.api.imports;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A plan file's own baseline values, as imported from {@code fileName} (its SHA-256 {@code
 * sha256}): shown beside the plan, never the ledger's baseline, which only the sponsor sets.
 */
@Revision("1")
public record FileBaselineRecorded(
    UUID projectId, String fileName, String sha256, List<FileBaseline> items) {

  public FileBaselineRecorded {
    items = List.copyOf(items);
  }
}
