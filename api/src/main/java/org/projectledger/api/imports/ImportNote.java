package org.projectledger.api.imports;

/**
 * Something of the file the ledger did not take over, said rather than silently dropped: a relation
 * type other than finish-to-start, a lag, a calendar, a summary task.
 */
public record ImportNote(String row, String note) {}
