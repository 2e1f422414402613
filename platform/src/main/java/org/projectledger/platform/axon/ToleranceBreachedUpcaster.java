package org.projectledger.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.projectledger.api.tolerance.ToleranceBreached;
import org.springframework.stereotype.Component;

/**
 * A {@code ToleranceBreached} stored at revision 1, when every breach was a cost breach, is read as
 * revision 2 with no schedule fields. The stored bytes are never rewritten, so the hash chain still
 * verifies them.
 */
@Component
public class ToleranceBreachedUpcaster extends SingleEventUpcaster {

  private static final SimpleSerializedType REVISION_1 =
      new SimpleSerializedType(ToleranceBreached.class.getName(), "1");
  private static final SimpleSerializedType REVISION_2 =
      new SimpleSerializedType(ToleranceBreached.class.getName(), "2");

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
          ObjectNode node = (ObjectNode) payload;
          node.putNull("baselineFinish");
          node.putNull("toleranceDays");
          node.putNull("forecastFinish");
          return payload;
        });
  }
}
