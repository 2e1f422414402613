package org.projectledger.api.dashboard;

import java.util.UUID;

/**
 * A subscription query: follow one project's dashboard. The initial answer is the version the read
 * models are at; each update is a {@link DashboardChanged}.
 */
public record WatchDashboard(UUID projectId) {}
