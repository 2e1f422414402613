package org.projectledger.query.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.projectledger.api.stakeholders.SealedPersonalData;

/**
 * The old → new changes of an event, read off its fields: every event names its before and after
 * values as {@code oldX}/{@code newX} (or {@code xBefore}/{@code xAfter}), and every other field is
 * a value it sets. Sealed personal data is shown as sealed, never opened into the trail.
 */
final class Changes {

  /** One change: a field, its value before (null for a new value) and after. */
  record Change(String field, String from, String to) {}

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .findAndAddModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private Changes() {}

  /** Each event type's fields, looked up once: a rebuild reads them for every event. */
  private static final ClassValue<RecordComponent[]> FIELDS =
      new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
          return type.getRecordComponents();
        }
      };

  /**
   * Each event type's changes, worked out once from its fields' names: which fields pair as before
   * and after, and which are values set. Working them out for every event (names compared and
   * rewritten, a map of the values) with the reading of the values was 7 % of the audit trail's
   * processor in a rebuild (bench/README.md).
   */
  private static final ClassValue<Plan> PLANS =
      new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
          return Plan.of(FIELDS.get(type));
        }
      };

  /** The changes of an event type: each a field and the fields its before and after come from. */
  private record Plan(String[] names, int[] before, int[] after) {

    static Plan of(RecordComponent[] components) {
      List<String> fields = new ArrayList<>();
      for (RecordComponent component : components) {
        fields.add(component.getName());
      }
      List<String> names = new ArrayList<>();
      List<Integer> before = new ArrayList<>();
      List<Integer> after = new ArrayList<>();
      List<String> paired = new ArrayList<>();
      for (String name : fields) {
        String twin = twinOf(name);
        if (twin != null && fields.contains(twin)) {
          names.add(fieldOf(name));
          before.add(fields.indexOf(name));
          after.add(fields.indexOf(twin));
          paired.add(name);
          paired.add(twin);
        }
      }
      for (int i = 0; i < fields.size(); i++) {
        String name = fields.get(i);
        if (!paired.contains(name) && !name.equals("projectId")) {
          names.add(name);
          before.add(-1);
          after.add(i);
        }
      }
      return new Plan(
          names.toArray(String[]::new),
          before.stream().mapToInt(Integer::intValue).toArray(),
          after.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  static List<Change> of(Object event) {
    if (!event.getClass().isRecord()) {
      return List.of();
    }
    RecordComponent[] components = FIELDS.get(event.getClass());
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      try {
        values[i] = components[i].getAccessor().invoke(event);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot read " + components[i].getName(), e);
      }
    }
    Plan plan = PLANS.get(event.getClass());
    List<Change> changes = new ArrayList<>(plan.names().length);
    for (int i = 0; i < plan.names().length; i++) {
      int before = plan.before()[i];
      changes.add(
          new Change(
              plan.names()[i],
              before < 0 ? null : text(values[before]),
              text(values[plan.after()[i]])));
    }
    return changes;
  }

  /**
   * The id of the event a correction corrects: every correction names it in a {@code corrects}
   * field (DOMAIN.md, "Corrections and amendments"); null for any other event.
   */
  static String corrects(Object event) {
    if (!event.getClass().isRecord()) {
      return null;
    }
    for (RecordComponent component : FIELDS.get(event.getClass())) {
      if (component.getName().equals("corrects")) {
        try {
          return text(component.getAccessor().invoke(event));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read corrects", e);
        }
      }
    }
    return null;
  }

  /**
   * The changes as the trail stores them: {@code [{"field":…,"from":…,"to":…},…]}, the bytes
   * Jackson writes for the list (ChangesTest compares the two), written by hand: Jackson's general
   * writer for every event was 6 % of the audit trail's processor in a rebuild (bench/README.md).
   */
  static String json(List<Change> changes) {
    StringBuilder json = new StringBuilder(32 + 48 * changes.size());
    json.append('[');
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      json.append(i == 0 ? "{\"field\":" : ",{\"field\":");
      string(json, change.field());
      json.append(",\"from\":");
      string(json, change.from());
      json.append(",\"to\":");
      string(json, change.to());
      json.append('}');
    }
    return json.append(']').toString();
  }

  /** A JSON string as Jackson escapes it by default: quote, backslash and control characters. */
  private static void string(StringBuilder json, String value) {
    if (value == null) {
      json.append("null");
      return;
    }
    json.append('"');
    int from = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      json.append(value, from, i).append('\\');
      switch (c) {
        case '"', '\\' -> json.append(c);
        case '\b' -> json.append('b');
        case '\t' -> json.append('t');
        case '\n' -> json.append('n');
        case '\f' -> json.append('f');
        case '\r' -> json.append('r');
        default -> json.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
      from = i + 1;
    }
    json.append(value, from, value.length()).append('"');
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** The "after" name for a "before" name, or null where the name is no "before". */
  private static String twinOf(String name) {
    if (name.startsWith("old")) {
      return "new" + name.substring(3);
    }
    if (name.contains("Old")) {
      return name.replace("Old", "New");
    }
    if (name.endsWith("Before")) {
      return name.substring(0, name.length() - "Before".length()) + "After";
    }
    return null;
  }

  private static String fieldOf(String before) {
    if (before.startsWith("old")) {
      return Character.toLowerCase(before.charAt(3)) + before.substring(4);
    }
    if (before.contains("Old")) {
      return before.replace("Old", "");
    }
    return before.substring(0, before.length() - "Before".length());
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SealedPersonalData) {
      return "«sealed personal data»";
    }
    if (value instanceof CharSequence
        || value instanceof UUID
        || value instanceof LocalDate
        || value instanceof Number
        || value instanceof Enum<?>
        || value instanceof Boolean) {
      return value instanceof java.math.BigDecimal decimal
          ? decimal.toPlainString()
          : value.toString();
    }
    try {
      String json = JSON.writeValueAsString(value);
      return json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
    } catch (JsonProcessingException e) {
      return value.toString();
    }
  }
}
