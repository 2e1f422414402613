package org.projectledger.api.imports;

/**
 * Where an imported plan came from: the file's name, its format (MSPDI, MPP, XER, PMXML, CSV) and
 * the SHA-256 of its bytes. Every event an import records carries it, with the row it came from.
 */
public record ImportSource(String fileName, String format, String sha256) {}
