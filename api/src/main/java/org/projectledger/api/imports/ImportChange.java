package org.projectledger.api.imports;

import java.util.List;
import java.util.UUID;

/**
 * What a newer version of an imported plan changes on one element (third edition's re-import): the
 * file's row, the element it matched by {@code sourceId}, its name, and each change in words
 * ("dates 2026-03-02 – 2026-03-13 → 2026-03-09 – 2026-03-20").
 */
public record ImportChange(String row, UUID itemId, String name, List<String> changes) {

  public ImportChange {
    changes = List.copyOf(changes);
  }
}
