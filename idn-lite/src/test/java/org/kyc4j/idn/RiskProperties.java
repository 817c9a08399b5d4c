package org.kyc4j.idn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RiskHit;
import org.kyc4j.api.RiskType;
import org.kyc4j.spi.IdentityRecord;
import org.quicktheories.core.Gen;

/**
 * Every identity network risk type is found when planted, named with its records, and not found
 * when absent. QuickTheories prints the seed of any failing run.
 */
class RiskProperties {
  private static final Duration WINDOW = Duration.ofDays(30);
  /** Shrink attempts on a failure: each example builds a network of up to 30 distractors. */
  private static final int SHRINKS = 5_000;

  private static Gen<RiskType> idnTypes() {
    return arbitrary().pick(List.copyOf(EnumSet.complementOf(EnumSet.of(RiskType.VELOCITY))));
  }

  @Test
  void plantedRiskIsFoundAndNothingElse() {
    qt().withExamples(120).withShrinkCycles(SHRINKS)
        .forAll(idnTypes(), longs().all(), integers().between(0, 30), integers().between(1, 4))
        .checkAssert(RiskProperties::assertPlantedRiskIsFound);
  }

  private static void assertPlantedRiskIsFound(RiskType type, long seed, int distractors, int idnThreshold) {
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

  @Test
  void absentRiskIsNotFound() {
    qt().withExamples(60).withShrinkCycles(SHRINKS)
        .forAll(idnTypes(), longs().all(), integers().between(0, 30), integers().between(1, 4))
        .checkAssert(RiskProperties::assertAbsentRiskIsNotFound);
  }

  private static void assertAbsentRiskIsNotFound(RiskType type, long seed, int distractors, int idnThreshold) {
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
