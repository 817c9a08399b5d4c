package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ProductConfigProperties {

  @Property
  void specRoundTrips(@ForAll("configs") ProductConfig config) {
    String spec = config.toSpec();
    assertThat(ProductConfig.parse(spec)).isEqualTo(config);
    assertThat(ProductConfig.parse(spec).toSpec()).isEqualTo(spec);
  }

  @Property
  void serviceLevelOverridesWin(@ForAll ServiceLevel preset, @ForAll Level liveness) {
    ProductConfig config = preset.with("liveness=" + liveness);
    assertThat(config.liveness()).isEqualTo(liveness);
    assertThat(config.toBuilder().liveness(preset.config().liveness()).build()).isEqualTo(preset.config());
  }

  @Property
  void unknownKeysAreRejectedListingTheKeys(@ForAll("unknownKeys") String key) {
    assertThatThrownBy(() -> ProductConfig.parse(key + "=1"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("unknown key '" + key + "'")
        .hasMessageContaining("liveness");
  }

  @Property
  void outOfRangeThresholdsAreRejected(@ForAll("badThresholds") int threshold) {
    assertThatThrownBy(() -> ProductConfig.parse("idnThreshold=" + threshold))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("config.idnThreshold")
        .hasMessageContaining("1..1000");
  }

  @Provide
  Arbitrary<String> unknownKeys() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
        .filter(k -> !ConfigSpec.keyNames().contains(k));
  }

  @Provide
  Arbitrary<Integer> badThresholds() {
    return Arbitraries.oneOf(Arbitraries.integers().between(Integer.MIN_VALUE, 0),
        Arbitraries.integers().between(ProductConfig.MAX_IDN_THRESHOLD + 1, Integer.MAX_VALUE));
  }

  @Provide
  Arbitrary<ProductConfig> configs() {
    Arbitrary<Level> level = Arbitraries.of(Level.class);
    Arbitrary<List<Action>> actions = Arbitraries.of(Action.class).set().ofMinSize(1).map(ArrayList::new)
        .flatMap(list -> Arbitraries.shuffle(list));
    Arbitrary<VelocityRule> velocity = Combinators.combine(Arbitraries.integers().between(1, 1000),
        Arbitraries.longs().between(1, 86_400), Arbitraries.longs().between(1, 2_592_000))
        .as((n, w, c) -> new VelocityRule(n, Duration.ofSeconds(w), Duration.ofSeconds(c)));
    Arbitrary<Set<Page>> pages = Arbitraries.of(EnumSet.of(Page.FRONT), EnumSet.of(Page.FRONT, Page.BACK));
    return Combinators.combine(level, level, level, level, level, actions, Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .flatAs((a, b, c, d, e, acts, random, eyes) -> Combinators.combine(
                Arbitraries.integers().between(1, ProductConfig.MAX_IDN_THRESHOLD), velocity, pages,
                Arbitraries.of(OperationMode.class))
            .as((idn, vel, pg, mode) -> new ProductConfig(a, b, c, d, e, acts, random, eyes, idn, vel, pg, mode)));
  }
}
