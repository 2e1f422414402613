package org.projectledger.command.axon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * A cache of projects that never lets a stale one decide. Several command nodes may write the same
 * project; a node's cached copy then misses what another node appended, and would judge a command
 * on an old plan. A cached project is checked against the last sequence number in the store (one
 * indexed lookup, far cheaper than re-reading the stream) and dropped when it is behind.
 *
 * <p>A write sent by the write API (its message carries {@link #CHECKED_BY_OUTCOME}) is checked
 * only where its outcome needs it, since that sender retries a lost race: when the command records
 * events, the store's unique (project, sequence) key refuses them if the copy was behind, and the
 * unit of work's rollback drops the copy (Axon's caching repository); when it records nothing (a
 * refusal, or nothing to change), the copy is checked before the answer, and a stale one fails the
 * unit of work with {@link StaleProject} so that the write is tried again on the stored project.
 * Under 8 clients the lookup per command was 4.6 % of the service's CPU (bench/README.md). Every
 * other sender (jobs, dry runs) has its copy checked before use, as before.
 */
public final class VerifiedCache implements Cache {

  /** Metadata of a command whose sender retries on {@link ConcurrencyException}. */
  public static final String CHECKED_BY_OUTCOME = "checkedByOutcome";

  private static final String SERVED = VerifiedCache.class.getName() + ".served";

  private final Cache delegate;
  private final Supplier<EventStore> eventStore;

  VerifiedCache(Cache delegate, Supplier<EventStore> eventStore) {
    this.delegate = delegate;
    this.eventStore = eventStore;
  }

  @Override
  public <K, V> V get(K key) {
    V value = delegate.get(key);
    if (value instanceof AggregateCacheEntry<?> entry) {
      // The entry still holds the live aggregate in this in-memory cache; without it, re-read.
      EventSourcedAggregate<?> aggregate = entry.recreateAggregate(null, null, null, null);
      String identifier = String.valueOf(key);
      if (aggregate == null
          || aggregate.version() == null
          || !(checkedByOutcome(identifier, aggregate)
              || isCurrent(identifier, aggregate.version()))) {
        delegate.remove(key);
        return null;
      }
    }
    return value;
  }

  /**
   * Fails a refused command's unit of work with {@link StaleProject} if a project served to it from
   * the cache unchecked was behind the store: the refusal may stem from what it missed.
   */
  public static void checkServed(UnitOfWork<?> unitOfWork) {
    List<Served> served = unitOfWork.getResource(SERVED);
    if (served != null) {
      for (Served project : served) {
        project.check();
      }
    }
  }

  /** Whether {@code aggregate} may be used unchecked, its check left to the command's outcome. */
  private boolean checkedByOutcome(String identifier, EventSourcedAggregate<?> aggregate) {
    if (!CurrentUnitOfWork.isStarted()) {
      return false;
    }
    UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
    // A job may read a project in a unit of work of its own, which carries no message.
    Message<?> message = unitOfWork.getMessage();
    if (message == null || !Boolean.TRUE.equals(message.getMetaData().get(CHECKED_BY_OUTCOME))) {
      return false;
    }
    Served project = new Served(identifier, aggregate.version());
    unitOfWork.<List<Served>>getOrComputeResource(SERVED, name -> new ArrayList<>()).add(project);
    // Nothing applied: no append for the store's key to refuse, so the copy is checked here.
    unitOfWork.onPrepareCommit(
        u -> {
          if (project.loadedAt == aggregate.version()) {
            project.check();
          }
        });
    return true;
  }

  private boolean isCurrent(String aggregateIdentifier, long version) {
    Optional<Long> stored = eventStore.get().lastSequenceNumberFor(aggregateIdentifier);
    return stored.isPresent() && stored.get() == version;
  }

  /** A project served unchecked, at the version it had when served. */
  private final class Served {

    private final String identifier;
    private final long loadedAt;

    Served(String identifier, long loadedAt) {
      this.identifier = identifier;
      this.loadedAt = loadedAt;
    }

    void check() {
      if (!isCurrent(identifier, loadedAt)) {
        throw new StaleProject(identifier);
      }
    }
  }

  /**
   * A command was judged on a cached copy of a project that another node had since changed; nothing
   * of it is recorded, the copy is dropped (the rollback), and the sender tries again.
   */
  public static final class StaleProject extends ConcurrencyException {
    StaleProject(String identifier) {
      super(
          "The cached copy of project "
              + identifier
              + " was behind the store; the command is tried again on the stored project");
    }
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
