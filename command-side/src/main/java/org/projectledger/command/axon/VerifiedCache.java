package org.projectledger.command.axon;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * A cache of projects that never hands out a stale one. Several command nodes may write the same
 * project; a node's cached copy then misses what another node appended, and would judge a command
 * on an old plan. So each cached project is checked against the last sequence number in the store
 * (one indexed lookup, far cheaper than re-reading the stream) and dropped when it is behind.
 */
final class VerifiedCache implements Cache {

  private final Cache delegate;
  private final Supplier<EventStore> eventStore;

  VerifiedCache(Cache delegate, Supplier<EventStore> eventStore) {
    this.delegate = delegate;
    this.eventStore = eventStore;
  }

  @Override
  public <K, V> V get(K key) {
    V value = delegate.get(key);
    if (value instanceof AggregateCacheEntry<?> entry && !isCurrent(String.valueOf(key), entry)) {
      delegate.remove(key);
      return null;
    }
    return value;
  }

  private boolean isCurrent(String aggregateIdentifier, AggregateCacheEntry<?> entry) {
    // The entry still holds the live aggregate in this in-memory cache; without it, re-read.
    EventSourcedAggregate<?> aggregate = entry.recreateAggregate(null, null, null, null);
    if (aggregate == null || aggregate.version() == null) {
      return false;
    }
    Optional<Long> stored = eventStore.get().lastSequenceNumberFor(aggregateIdentifier);
    return stored.isPresent() && stored.get().equals(aggregate.version());
  }

  @Override
  public void put(Object key, Object value) {
    delegate.put(key, value);
  }

  @Override
  public boolean putIfAbsent(Object key, Object value) {
    return delegate.putIfAbsent(key, value);
  }

  @Override
  public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
    return delegate.computeIfAbsent(key, valueSupplier);
  }

  @Override
  public boolean remove(Object key) {
    return delegate.remove(key);
  }

  @Override
  public void removeAll() {
    delegate.removeAll();
  }

  @Override
  public boolean containsKey(Object key) {
    return delegate.containsKey(key);
  }

  @Override
  public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
    return delegate.registerCacheEntryListener(cacheEntryListener);
  }

  @Override
  public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
    delegate.computeIfPresent(key, update);
  }
}
