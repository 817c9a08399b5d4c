package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Product configurations: the spec text round-trips, service-level overrides win, and unknown keys
 * and out-of-range thresholds are rejected naming them. QuickTheories prints the seed of any
 * failing run.
 */
class ProductConfigProperties {
  private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  @Test
  void specRoundTrips() {
    qt().withExamples(1000).forAll(configs()).checkAssert(config -> {
      String spec = config.toSpec();
      assertThat(ProductConfig.parse(spec)).isEqualTo(config);
      assertThat(ProductConfig.parse(spec).toSpec()).isEqualTo(spec);
    });
  }

  @Test
  void serviceLevelOverridesWin() {
    qt().withExamples(1000).forAll(arbitrary().enumValues(ServiceLevel.class), arbitrary().enumValues(Level.class))
        .checkAssert((preset, liveness) -> {
          ProductConfig config = preset.with("liveness=" + liveness);
          assertThat(config.liveness()).isEqualTo(liveness);
          assertThat(config.toBuilder().liveness(preset.config().liveness()).build()).isEqualTo(preset.config());
        });
  }

  @Test
  void unknownKeysAreRejectedListingTheKeys() {
    qt().withExamples(1000).forAll(unknownKeys()).checkAssert(key ->
        assertThatThrownBy(() -> ProductConfig.parse(key + "=1"))
            .isInstanceOf(InvalidRequestException.class)
            .hasMessageContaining("unknown key '" + key + "'")
            .hasMessageContaining("liveness"));
  }

  @Test
  void outOfRangeThresholdsAreRejected() {
    qt().withExamples(1000).forAll(badThresholds()).checkAssert(threshold ->
        assertThatThrownBy(() -> ProductConfig.parse("idnThreshold=" + threshold))
            .isInstanceOf(InvalidRequestException.class)
            .hasMessageContaining("config.idnThreshold")
            .hasMessageContaining("1..1000"));
  }

  private static Gen<String> unknownKeys() {
    Gen<Integer> length = integers().between(1, 12);
    Gen<Integer> letter = integers().between(0, ALPHA.length() - 1);
    Gen<String> words = in -> {
      StringBuilder word = new StringBuilder();
      for (int n = length.generate(in); n > 0; n--) {
        word.append(ALPHA.charAt(letter.generate(in)));
      }
      return word.toString();
    };
    return words.assuming(k -> !ConfigSpec.keyNames().contains(k));
  }

  private static Gen<Integer> badThresholds() {
    return Generate.oneOf(integers().between(Integer.MIN_VALUE, 0),
        integers().between(ProductConfig.MAX_IDN_THRESHOLD + 1, Integer.MAX_VALUE));
  }

  private static Gen<ProductConfig> configs() {
    Gen<Level> level = arbitrary().enumValues(Level.class);
    Gen<List<Action>> actions = nonEmptySubsetInRandomOrder(Action.values());
    Gen<Boolean> bool = booleans().all();
    Gen<Integer> idnThreshold = integers().between(1, ProductConfig.MAX_IDN_THRESHOLD);
    Gen<VelocityRule> velocity = integers().between(1, 1000).zip(longs().between(1, 86_400),
        longs().between(1, 2_592_000), (n, w, c) -> new VelocityRule(n, Duration.ofSeconds(w), Duration.ofSeconds(c)));
    Gen<Set<Page>> pages = arbitrary().pick(List.<Set<Page>>of(EnumSet.of(Page.FRONT),
        EnumSet.of(Page.FRONT, Page.BACK)));
    Gen<OperationMode> mode = arbitrary().enumValues(OperationMode.class);
    return in -> new ProductConfig(level.generate(in), level.generate(in), level.generate(in), level.generate(in),
        level.generate(in), actions.generate(in), bool.generate(in), bool.generate(in), idnThreshold.generate(in),
        velocity.generate(in), pages.generate(in), mode.generate(in));
  }

  /** A non-empty subset of {@code values} in random order: a random order, then a prefix of random length. */
  private static <T> Gen<List<T>> nonEmptySubsetInRandomOrder(T[] values) {
    return in -> {
      List<T> order = new ArrayList<>(List.of(values));
      for (int i = order.size() - 1; i > 0; i--) {
        Collections.swap(order, i, integers().between(0, i).generate(in));
      }
      return new ArrayList<>(order.subList(0, integers().between(1, order.size()).generate(in)));
    };
  }
}
