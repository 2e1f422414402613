package org.projectledger.command.write;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * How a write will be answered once its version is known: 201 with {@code Location} and the new
 * item's id for a create, 200 otherwise; always {@code ETag: "N"} and {@code {projectId, version,
 * id}} (API.md).
 */
public record Answer(int status, UUID projectId, UUID id, String location) {

  public static Answer created(UUID projectId, UUID id, String location) {
    return new Answer(HttpStatus.CREATED.value(), projectId, id, location);
  }

  public static Answer updated(UUID projectId) {
    return new Answer(HttpStatus.OK.value(), projectId, null, null);
  }

  ResponseEntity<WriteAnswer> at(long version) {
    ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).eTag("\"" + version + "\"");
    if (location != null) {
      builder.location(URI.create(location));
    }
    return builder.body(new WriteAnswer(projectId, version, id));
  }
}
