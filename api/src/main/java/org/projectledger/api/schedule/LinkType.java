package org.projectledger.api.schedule;

/**
 * How a successor follows its predecessor (DOMAIN.md, third edition): finish-to-start (the
 * default), start-to-start, finish-to-finish, start-to-finish.
 */
public enum LinkType {
  FS,
  SS,
  FF,
  SF
}
