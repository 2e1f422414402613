package org.projectledger.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.projectledger.api.stakeholders.StakeholderRegistered;
import org.springframework.stereotype.Component;

/**
 * Events are forever: a {@code StakeholderRegistered} stored at revision 1, before stakeholders had
 * an organisation, is read as revision 2 with none. The stored bytes are never rewritten, so the
 * hash chain still verifies them.
 */
@Component
public class StakeholderRegisteredUpcaster extends SingleEventUpcaster {

  private static final SimpleSerializedType REVISION_1 =
      new SimpleSerializedType(StakeholderRegistered.class.getName(), "1");
  private static final SimpleSerializedType REVISION_2 =
      new SimpleSerializedType(StakeholderRegistered.class.getName(), "2");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return representation.getType().equals(REVISION_1);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(
        REVISION_2,
        JsonNode.class,
        payload -> {
          ((ObjectNode) payload).putNull("organisation");
          return payload;
        });
  }
}
