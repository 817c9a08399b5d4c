package org.kyc4j.idn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskType;
import org.kyc4j.spi.IdentityRecord;

/** Every identity network risk type is found when planted, named with its records, and not found when absent. */
class RiskProperties {
  private static final Duration WINDOW = Duration.ofDays(30);

  @Provide
  Arbitrary<RiskType> idnTypes() {
    return Arbitraries.of(EnumSet.complementOf(EnumSet.of(RiskType.VELOCITY)));
  }

  @Property(tries = 120)
  void plantedRiskIsFoundAndNothingElse(@ForAll("idnTypes") RiskType type, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 30) int distractors, @ForAll @IntRange(min = 1, max = 4) int idnThreshold) {
    Plants plants = new Plants(seed);
    LiteIdentityNetwork network = network(plants, distractors);
    List<IdentityRecord> planted = plants.plant(type, idnThreshold, 24);
    planted.forEach(network::add);
    List<RiskHit> hits = network.assess(plants.probe(100), now(), WINDOW, idnThreshold);
    assertThat(hits).extracting(RiskHit::type).containsOnly(type);
    Set<String> named = new TreeSet<>();
    hits.forEach(hit -> named.addAll(hit.transactionIds()));
    assertThat(named).containsExactlyInAnyOrderElementsOf(planted.stream().map(IdentityRecord::transactionId).toList());
  }

  @Property(tries = 60)
  void absentRiskIsNotFound(@ForAll("idnTypes") RiskType type, @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 30) int distractors, @ForAll @IntRange(min = 1, max = 4) int idnThreshold) {
    Plants plants = new Plants(seed);
    LiteIdentityNetwork network = network(plants, distractors);
    assertThat(network.assess(plants.probe(100), now(), WINDOW, idnThreshold)).isEmpty();
    if (type == RiskType.IDN_THRESHOLD) {
      plants.plant(type, idnThreshold - 1, 24).forEach(network::add);
    } else {
      plants.plant(type, idnThreshold, -24 * 40).forEach(network::add);
    }
    assertThat(network.assess(plants.probe(100), now(), WINDOW, idnThreshold))
        .as("a threshold not exceeded, or a plant outside the window").isEmpty();
  }

  private static LiteIdentityNetwork network(Plants plants, int distractors) {
    LiteIdentityNetwork network = LiteIdentityNetwork.builder().exactFaceSearch().build();
    for (int i = 0; i < distractors; i++) {
      network.add(plants.distractor(i, i));
    }
    return network;
  }

  private static Instant now() {
    return Rec.T0.plusSeconds(100 * 3600);
  }
}
