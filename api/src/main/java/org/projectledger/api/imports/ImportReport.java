package org.projectledger.api.imports;

import java.util.List;
import java.util.UUID;

/**
 * What an import did — or, for a dry run, would do: the items created (in the order recorded), the
 * rows refused with their reasons, and what of the file was not taken over. A newer version of a
 * plan already imported (third edition) also says what it {@code changed}, {@code cancelled} and
 * left {@code unchanged}, and after the first baseline the {@code changeRequestId} of the one
 * change request that carries its changes.
 */
public record ImportReport(
    ImportSource source,
    boolean dryRun,
    List<ImportedItem> created,
    List<ImportRefusal> refused,
    List<ImportNote> notes,
    List<ImportChange> changed,
    List<ImportChange> cancelled,
    List<ImportChange> unchanged,
    UUID changeRequestId) {

  /** A first import: everything in it is created (or refused). */
  public ImportReport(
      ImportSource source,
      boolean dryRun,
      List<ImportedItem> created,
      List<ImportRefusal> refused,
      List<ImportNote> notes) {
    this(source, dryRun, created, refused, notes, List.of(), List.of(), List.of(), null);
  }

  /** Whether recording it changes the project at all. */
  public boolean changesAnything() {
    return !created.isEmpty() || !changed.isEmpty() || !cancelled.isEmpty();
  }
}
