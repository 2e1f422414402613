package org.projectledger.query;

/**
 * The processing group that keeps every read model of a project (portfolio row, plan, budget,
 * progress, costs, baselines, change requests, risks, status reports, stakeholders). One group, so
 * that one event updates them all in one transaction and one version tells how far they are.
 */
public final class ProjectViews {

  public static final String PROCESSING_GROUP = "projects";

  private ProjectViews() {}
}
