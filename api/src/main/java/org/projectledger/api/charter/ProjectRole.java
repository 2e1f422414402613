package org.projectledger.api.charter;

/** The two parts a user holds on one project, named in its charter. */
public enum ProjectRole {
  MANAGER,
  SPONSOR
}
