package org.projectledger.api.dashboard;

import java.util.UUID;

/** An update of {@link WatchDashboard}: the project's read models now stand at this version. */
public record DashboardChanged(UUID projectId, long version) {}
