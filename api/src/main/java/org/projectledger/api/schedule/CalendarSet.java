package org.projectledger.api.schedule;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The project's working calendar changed: the old and the new, why, and by which approved change
 * request ({@code changeRequestId}; null for a direct change before the first baseline).
 */
@Revision("1")
public record CalendarSet(
    UUID projectId,
    ProjectCalendar oldCalendar,
    ProjectCalendar newCalendar,
    String reason,
    UUID changeRequestId) {}
