package org.projectledger.command.write;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a successful write (API.md): the project and its version, with {@code ETag: "N"}; a
 * create adds the new item's {@code id} and a {@code Location}.
 */
public record WriteAnswer(UUID projectId, long version, UUID id) {

  public static ResponseEntity<WriteAnswer> created(
      URI location, UUID projectId, UUID id, long version) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(location)
        .eTag("\"" + version + "\"")
        .body(new WriteAnswer(projectId, version, id));
  }

  public static ResponseEntity<WriteAnswer> ok(UUID projectId, long version) {
    return ResponseEntity.ok()
        .eTag("\"" + version + "\"")
        .body(new WriteAnswer(projectId, version, null));
  }
}
