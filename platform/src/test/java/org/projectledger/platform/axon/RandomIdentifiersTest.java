package org.projectledger.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class RandomIdentifiersTest {

  @Test
  void axonFindsItAndItsIdentifiersAreRandomUuidsOfVersion4() {
    assertThat(IdentifierFactory.getInstance()).isInstanceOf(RandomIdentifiers.class);
    Set<UUID> seen = new HashSet<>();
    int[] ones = new int[128];
    int draws = 100 * RandomIdentifiers.AT_ONCE + 7;
    for (int i = 0; i < draws; i++) {
      String text = IdentifierFactory.getInstance().generateIdentifier();
      UUID id = UUID.fromString(text);
      assertThat(id.toString()).isEqualTo(text);
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
      assertThat(seen.add(id)).as("unique").isTrue();
      for (int bit = 0; bit < 64; bit++) {
        ones[bit] += (int) ((id.getMostSignificantBits() >>> bit) & 1);
        ones[64 + bit] += (int) ((id.getLeastSignificantBits() >>> bit) & 1);
      }
    }
    // Every bit but the six fixed ones is random: set in about half the draws (6,407 here; a
    // bit stuck at 0 or 1 would be at 0 or 6,407, far outside 45-55 %).
    for (int bit = 0; bit < 128; bit++) {
      boolean fixed = (bit >= 12 && bit < 16) || bit == 126 || bit == 127;
      if (!fixed) {
        assertThat(ones[bit]).as("bit %d", bit).isBetween(draws * 45 / 100, draws * 55 / 100);
      }
    }
  }
}
