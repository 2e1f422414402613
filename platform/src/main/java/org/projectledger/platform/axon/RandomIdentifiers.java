package org.projectledger.platform.axon;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;

/**
 * The identifiers Axon gives every message (commands, events, the result of each event a processor
 * handles) as random UUIDs of version 4, as Axon's default makes them, with their random bits drawn
 * from one {@link SecureRandom} a kilobyte at a time instead of sixteen bytes per identifier.
 * {@code UUID.randomUUID()} asks its generator for each one, behind the generator's lock: that was
 * 2 % of the processors' CPU in a rebuild (one result per event and processor). The bits are the
 * same generator's; only the size of the draw changes. Found by Axon through {@code
 * META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public final class RandomIdentifiers extends IdentifierFactory {

  /** Identifiers drawn at once, per thread. */
  static final int AT_ONCE = 64;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final ThreadLocal<Drawn> DRAWN = ThreadLocal.withInitial(Drawn::new);

  @Override
  public String generateIdentifier() {
    return next().toString();
  }

  /** A random UUID, version 4, IETF variant. */
  static UUID next() {
    Drawn drawn = DRAWN.get();
    if (drawn.used == drawn.bytes.length) {
      RANDOM.nextBytes(drawn.bytes);
      drawn.used = 0;
    }
    long high = (long) LONGS.get(drawn.bytes, drawn.used);
    long low = (long) LONGS.get(drawn.bytes, drawn.used + 8);
    drawn.used += 16;
    high = (high & ~0xF000L) | 0x4000L;
    low = (low & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(high, low);
  }

  /** A thread's bits not yet used. */
  private static final class Drawn {
    private final byte[] bytes = new byte[16 * AT_ONCE];
    private int used = bytes.length;
  }
}
