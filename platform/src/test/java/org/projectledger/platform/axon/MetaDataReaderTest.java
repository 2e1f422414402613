package org.projectledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class MetaDataReaderTest {

  private final JacksonSerializer serializer =
      JacksonSerializer.builder()
          .objectMapper(new AxonSerialization().defaultAxonObjectMapper())
          .build();

  @Test
  void metaDataReadsBackAsAxonWroteIt() {
    MetaData written =
        MetaData.from(
            Map.of(
                "actor",
                "manager",
                "reason",
                "Line\tone \"quoted\"",
                "count",
                3,
                "nested",
                Map.of("file", "plan.xml", "rows", List.of(1, 2))));
    SerializedObject<byte[]> stored = serializer.serialize(written, byte[].class);
    for (int i = 0; i < 3; i++) {
      MetaData read = serializer.deserialize(stored);
      assertThat(read).isEqualTo(written);
    }
    assertThat(serializer.getObjectMapper().readerFor(MetaData.class).getValueType().getRawClass())
        .isEqualTo(MetaData.class);
  }

  @Test
  void ourReaderAndNotAxonsReadsMetaDataAndIsBuiltOnce() throws Exception {
    var mapper = serializer.getObjectMapper();
    var context =
        ((DefaultDeserializationContext) mapper.getDeserializationContext())
            .createInstance(mapper.getDeserializationConfig(), null, null);
    var first = context.findRootValueDeserializer(mapper.constructType(MetaData.class));
    var second = context.findRootValueDeserializer(mapper.constructType(MetaData.class));
    assertThat(first).isInstanceOf(MetaDataReader.class).isSameAs(second);
    assertThat(mapper.readValue("{}", MetaData.class)).isEqualTo(MetaData.emptyInstance());
  }
}
