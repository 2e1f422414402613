package org.projectledger.api.imports;

/** A row the ledger's rules refuse, with the error code and why. */
public record ImportRefusal(String row, String code, String detail) {}
