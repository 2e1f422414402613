package org.projectledger.command.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Axon's cache over a Caffeine cache of at most a given number of entries, least used first out.
 * Axon's {@code WeakReferenceCache} kept a project only until the next collection of the young
 * generation, a second or so under load: nearly every command read its project's snapshot and the
 * events after it again (a tenth of a write's CPU in bench/README.md). Entries here stay until the
 * bound pushes them out. Listeners hear of what passes through this class (created, updated, read,
 * removed); an entry the bound pushes out is reported as expired.
 */
final class BoundedCache implements Cache {

  private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;
  private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

  BoundedCache(long maximumSize) {
    this.entries =
        Caffeine.newBuilder()
            .maximumSize(maximumSize)
            .evictionListener(
                (key, value, cause) -> listeners.forEach(listener -> listener.onEntryExpired(key)))
            .executor(Runnable::run)
            .build();
  }

  @Override
  @SuppressWarnings("unchecked")
  public <K, V> V get(K key) {
    Object value = entries.getIfPresent(key);
    if (value != null) {
      listeners.forEach(listener -> listener.onEntryRead(key, value));
    }
    return (V) value;
  }

  @Override
  public void put(Object key, Object value) {
    if (value == null) {
      remove(key);
      return;
    }
    Object previous = entries.asMap().put(key, value);
    listeners.forEach(
        listener -> {
          if (previous == null) {
            listener.onEntryCreated(key, value);
          } else {
            listener.onEntryUpdated(key, value);
          }
        });
  }

  @Override
  public boolean putIfAbsent(Object key, Object value) {
    boolean added = entries.asMap().putIfAbsent(key, value) == null;
    if (added) {
      listeners.forEach(listener -> listener.onEntryCreated(key, value));
    }
    return added;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
    boolean[] created = {false};
    T value =
        (T)
            entries
                .asMap()
                .computeIfAbsent(
                    key,
                    absent -> {
                      created[0] = true;
                      return valueSupplier.get();
                    });
    if (created[0] && value != null) {
      listeners.forEach(listener -> listener.onEntryCreated(key, value));
    }
    return value;
  }

  @Override
  public boolean remove(Object key) {
    boolean removed = entries.asMap().remove(key) != null;
    if (removed) {
      listeners.forEach(listener -> listener.onEntryRemoved(key));
    }
    return removed;
  }

  @Override
  public void removeAll() {
    entries.asMap().keySet().forEach(this::remove);
  }

  @Override
  public boolean containsKey(Object key) {
    return entries.asMap().containsKey(key);
  }

  @Override
  public Registration registerCacheEntryListener(EntryListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
    Object updated = entries.asMap().computeIfPresent(key, (k, value) -> update.apply((V) value));
    if (updated != null) {
      listeners.forEach(listener -> listener.onEntryUpdated(key, updated));
    }
  }
}
