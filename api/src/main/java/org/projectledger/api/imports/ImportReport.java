package org.projectledger.api.imports;

import java.util.List;

/**
 * What an import did — or, for a dry run, would do: the items created (in the order recorded), the
 * rows refused with their reasons, and what of the file was not taken over.
 */
public record ImportReport(
    ImportSource source,
    boolean dryRun,
    List<ImportedItem> created,
    List<ImportRefusal> refused,
    List<ImportNote> notes) {}
