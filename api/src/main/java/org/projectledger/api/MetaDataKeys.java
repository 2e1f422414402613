package org.projectledger.api;

/**
 * The keys of the metadata every command and event carries (DOMAIN.md): who acted, in which roles,
 * why, and which request and message caused it.
 */
public final class MetaDataKeys {

  /** The signed-in user's name. */
  public static final String ACTOR = "actor";

  /** The signed-in user's printed name. */
  public static final String ACTOR_NAME = "actorName";

  /** The signed-in user's roles, a list of {@link Role} names. */
  public static final String ROLES = "roles";

  /** Why the change was made, where the command gives a reason. */
  public static final String REASON = "reason";

  /** The id shared by every message that one request set off. */
  public static final String CORRELATION_ID = "correlationId";

  /** The id of the message that directly caused this one. */
  public static final String CAUSATION_ID = "causationId";

  /** The client's Idempotency-Key, where the request gave one. */
  public static final String IDEMPOTENCY_KEY = "idempotencyKey";

  private MetaDataKeys() {}
}
