package org.projectledger.command.write;

/**
 * What a handled command leaves behind: the handler's own result and the aggregate's version (the
 * sequence number of the last event it appended). Axon hands events to the event bus's interceptors
 * only when the unit of work prepares to commit, after the handler has returned; so the version is
 * filled in then, before the answer leaves the command bus.
 */
public final class Outcome {

  private final Object result;
  private long version = -1;

  Outcome(Object result) {
    this.result = result;
  }

  public Object result() {
    return result;
  }

  public long version() {
    return version;
  }

  void noteSequence(long sequence) {
    version = Math.max(version, sequence);
  }
}
