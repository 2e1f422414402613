package org.projectledger.platform.axon;

import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Jackson's type factory, remembering each class it found by name. Axon's serializer asks for the
 * class of every event, token and snapshot it reads by its stored name, and Jackson answers each
 * time with {@code Class.forName}: a twentieth of a read model's rebuild (bench/README.md). A name
 * that is not found is not remembered, so a class that arrives later (an upcaster's target) is
 * still found.
 */
final class ClassesByName extends TypeFactory {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, Class<?>> found = new ConcurrentHashMap<>();

  ClassesByName() {
    super(new LRUMap<>(16, 200));
  }

  @Override
  public Class<?> findClass(String className) throws ClassNotFoundException {
    Class<?> known = found.get(className);
    if (known != null) {
      return known;
    }
    Class<?> type = super.findClass(className);
    found.put(className, type);
    return type;
  }
}
