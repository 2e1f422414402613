package org.projectledger.command.write;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.UUID;
import org.projectledger.api.imports.ImportReport;

/**
 * What a handled command leaves behind: the handler's own result and the aggregate's version (the
 * sequence number of the last event it appended). Axon hands events to the event bus's interceptors
 * only when the unit of work prepares to commit, after the handler has returned; so the version is
 * filled in then, before the answer leaves the command bus.
 *
 * <p>Over Axon Server the outcome travels serialized, after the commit. The handler's result is one
 * of a few known types (a new project's id, an import's report, or nothing); it travels with its
 * name from that list, so nothing else can be made of it on the way back.
 */
public final class Outcome {

  @JsonProperty("result")
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_ARRAY)
  @JsonSubTypes({
    @JsonSubTypes.Type(value = UUID.class, name = "id"),
    @JsonSubTypes.Type(value = ImportReport.class, name = "import-report")
  })
  private final Object result;

  @JsonProperty("version")
  private long version;

  Outcome(Object result) {
    this(result, -1);
  }

  @JsonCreator
  Outcome(@JsonProperty("result") Object result, @JsonProperty("version") long version) {
    this.result = result;
    this.version = version;
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
