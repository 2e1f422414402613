package org.projectledger.command.write;

/** Metadata a write carries to its interceptors; none of it is copied onto events. */
final class WriteMetaData {

  /** The version the client's If-Match expects the project to be at. */
  static final String EXPECTED_VERSION = "expectedVersion";

  /** SHA-256 of the request, to tell a replay from a key reused for another body. */
  static final String REQUEST_HASH = "requestHash";

  /** The project the write is for, as the request named it. */
  static final String ANSWER_PROJECT = "answerProject";

  static final String ANSWER_STATUS = "answerStatus";
  static final String ANSWER_ID = "answerId";
  static final String ANSWER_LOCATION = "answerLocation";

  private WriteMetaData() {}
}
