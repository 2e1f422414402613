package org.projectledger.api.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One element's baseline as a plan file keeps it (third edition): its baseline start, finish and
 * cost where the file has them (any may be null). Kept beside the plan as the file's baseline; the
 * ledger's own baseline stays the sponsor's signed act.
 */
public record FileBaseline(UUID itemId, LocalDate start, LocalDate finish, BigDecimal cost) {}
