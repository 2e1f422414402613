package org.projectledger.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * An event that grew fields from one revision to the next, read from the older revision with the
 * new fields absent (null). The stored bytes are never rewritten, so the hash chain still verifies
 * them.
 */
abstract class FieldsAddedUpcaster extends SingleEventUpcaster {

  private final SimpleSerializedType from;
  private final SimpleSerializedType to;
  private final List<String> added;

  FieldsAddedUpcaster(Class<?> event, String fromRevision, String toRevision, String... added) {
    this.from = new SimpleSerializedType(event.getName(), fromRevision);
    this.to = new SimpleSerializedType(event.getName(), toRevision);
    this.added = List.of(added);
  }

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return representation.getType().equals(from);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(
        to,
        JsonNode.class,
        payload -> {
          added.forEach(((ObjectNode) payload)::putNull);
          return payload;
        });
  }
}
