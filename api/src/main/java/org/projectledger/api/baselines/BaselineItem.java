package org.projectledger.api.baselines;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.projectledger.api.schedule.ItemKind;

/**
 * One scheduled item as a baseline froze it. A milestone starts and finishes on its due date and
 * has no planned cost (zero).
 */
public record BaselineItem(
    UUID itemId,
    ItemKind kind,
    String name,
    LocalDate plannedStart,
    LocalDate plannedFinish,
    BigDecimal plannedCost) {}
