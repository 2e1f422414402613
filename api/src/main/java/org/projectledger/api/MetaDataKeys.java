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

  /**
   * On a command: the date the ledger records it on, in its business time zone (ISO-8601 text). The
   * aggregate measures its figures on this date; it never reads a clock of its own.
   */
  public static final String RECORDED_ON = "recordedOn";

  /** The client's Idempotency-Key, where the request gave one. */
  public static final String IDEMPOTENCY_KEY = "idempotencyKey";

  /** On an event an import recorded: the file's name. */
  public static final String IMPORT_FILE = "importFile";

  /** On an event an import recorded: the file's format (MSPDI, MPP, XER, PMXML, CSV). */
  public static final String IMPORT_FORMAT = "importFormat";

  /** On an event an import recorded: the SHA-256 of the file. */
  public static final String IMPORT_SHA256 = "importSha256";

  /** On an event an import recorded: the task or row of the file it came from. */
  public static final String IMPORT_ROW = "importRow";

  private MetaDataKeys() {}
}
