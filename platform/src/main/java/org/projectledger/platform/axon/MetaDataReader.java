package org.projectledger.platform.axon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * Reads an event's metadata as Axon's own {@code MetaDataDeserializer} does (a JSON object into a
 * map of strings to values, then {@code MetaData.from}), but finds the map's deserializer once,
 * when Jackson first builds this one, instead of at every event: Axon's looked it up and made it
 * contextual per call, a tenth of the audit trail's processor in a rebuild. Installed on Axon's
 * mapper by a mix-in ({@link OnMetaData}), which Jackson consults before the deserializer Axon's
 * serializer registers in a module.
 */
final class MetaDataReader extends JsonDeserializer<MetaData> implements ResolvableDeserializer {

  private JsonDeserializer<Object> map;

  @Override
  public void resolve(DeserializationContext context) throws JsonMappingException {
    map =
        context.findRootValueDeserializer(
            context.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
  }

  @Override
  @SuppressWarnings("unchecked")
  public MetaData deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    return MetaData.from((Map<String, Object>) map.deserialize(parser, context, new HashMap<>()));
  }

  @Override
  public Object deserializeWithType(
      JsonParser parser, DeserializationContext context, TypeDeserializer types)
      throws IOException {
    return types.deserializeTypedFromObject(parser, context);
  }

  /** Built once and kept by Jackson, so that {@link #resolve} runs once. */
  @Override
  public boolean isCachable() {
    return true;
  }

  /** The mix-in that names this reader for Axon's {@code MetaData}. */
  @JsonDeserialize(using = MetaDataReader.class)
  abstract static class OnMetaData {}
}
