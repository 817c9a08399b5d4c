package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Product configurations: the spec text round-trips, service-level overrides win, and unknown keys,
 * scan modes, action draws and out-of-range thresholds are rejected naming them. Values are drawn
 * from a {@link SplittableRandom} seeded by QuickTheories, which prints the seed of any failing run
 * ({@code -DQT_SEED=N} replays it).
 */
class ProductConfigProperties {
  private static final int EXAMPLES = 1000;

  @Test
  void specRoundTrips() {
    check(ProductConfigProperties::config, config -> {
      String spec = config.toSpec();
      assertThat(ProductConfig.parse(spec)).isEqualTo(config);
      assertThat(ProductConfig.parse(spec).toSpec()).isEqualTo(spec);
      assertThat(config.toBuilder().build()).isEqualTo(config);
    });
  }

  @Test
  void serviceLevelOverridesWin() {
    check(ProductConfigProperties::overlay, overlay -> {
      Map<String, String> expected = pairs(overlay.preset().config().toSpec());
      expected.put(overlay.key(), overlay.value());
      String pair = overlay.key() + "=" + overlay.value();
      ProductConfig wanted;
      try {
        wanted = ProductConfig.parse(join(expected));
      } catch (InvalidRequestException e) {
        assertThat(e.field()).isEqualTo("config.randomActionCount");
        assertThatThrownBy(() -> overlay.preset().with(pair)).isInstanceOf(InvalidRequestException.class)
            .hasMessage(e.getMessage());
        return;
      }
      assertThat(overlay.preset().with(pair)).isEqualTo(wanted);
      assertThat(ProductConfig.parse("serviceLevel=" + overlay.preset() + "," + pair)).isEqualTo(wanted);
    });
  }

  @Test
  void unknownKeysAreRejectedListingTheKeys() {
    check(random -> letters(random, 1 + random.nextInt(12)), key -> {
      if (!ConfigSpec.keyNames().contains(key)) {
        assertThatThrownBy(() -> ProductConfig.parse(key + "=1"))
            .isInstanceOf(InvalidRequestException.class)
            .hasMessageContaining("unknown key '" + key + "'")
            .hasMessageContaining("liveness").hasMessageContaining("docScanMode");
      }
    });
  }

  @Test
  void outOfRangeThresholdsAreRejected() {
    check(random -> random.nextBoolean() ? random.nextInt(Integer.MIN_VALUE, 1)
        : random.nextInt(ProductConfig.MAX_IDN_THRESHOLD + 1, Integer.MAX_VALUE), threshold ->
        assertThatThrownBy(() -> ProductConfig.parse("idnThreshold=" + threshold))
            .isInstanceOf(InvalidRequestException.class)
            .hasMessageContaining("config.idnThreshold")
            .hasMessageContaining("1..1000"));
  }

  @Test
  void unknownScanModesAreRejectedNamingKeyValueAndAllowed() {
    check(random -> random.nextBoolean() ? Integer.toString(random.nextInt(-99, 100))
        : letters(random, 1 + random.nextInt(12)), value -> {
      if (Arrays.stream(DocScanMode.values()).noneMatch(m -> m.name().equals(value)
          || Integer.toString(m.code()).equals(value))) {
        assertThatThrownBy(() -> ProductConfig.parse("docScanMode=" + value))
            .isInstanceOf(InvalidRequestException.class)
            .hasMessageContaining("config.docScanMode").hasMessageContaining("'" + value + "'")
            .hasMessageContaining("1 (SELF_CAPTURE)").hasMessageContaining("5 (MULTI_ANGLE)");
      }
    });
  }

  @Test
  void drawingMoreActionsThanListedIsRejected() {
    check(random -> {
      List<Action> actions = actions(random);
      actions = actions.subList(0, Math.min(actions.size(), Action.values().length - 1));
      return ProductConfig.builder().actions(actions)
          .randomActionCount(actions.size() + 1 + random.nextInt(Action.values().length - actions.size()));
    }, builder -> assertThatThrownBy(builder::build).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("config.randomActionCount").hasMessageContaining("draws more actions"));
  }

  /** Checks {@code property} on {@value #EXAMPLES} values drawn by {@code generator}. */
  private static <T> void check(Function<SplittableRandom, T> generator, Consumer<T> property) {
    Gen<T> values = in -> generator.apply(new SplittableRandom(in.next(Constraint.none())));
    qt().withExamples(EXAMPLES).forAll(values).checkAssert(property);
  }

  @SafeVarargs
  private static <T> T oneOf(SplittableRandom random, T... values) {
    return values[random.nextInt(values.length)];
  }

  /** A preset and one key of a random configuration to put over it. */
  record Overlay(ServiceLevel preset, String key, String value) {}

  static Overlay overlay(SplittableRandom random) {
    ServiceLevel preset = oneOf(random, ServiceLevel.values());
    List<Map.Entry<String, String>> pairs = new ArrayList<>(pairs(config(random).toSpec()).entrySet());
    Map.Entry<String, String> pair = pairs.get(random.nextInt(pairs.size()));
    return new Overlay(preset, pair.getKey(), pair.getValue());
  }

  static ProductConfig config(SplittableRandom random) {
    List<Action> actions = actions(random);
    Set<Page> pages = random.nextBoolean() ? EnumSet.of(Page.FRONT) : EnumSet.of(Page.FRONT, Page.BACK);
    VelocityRule velocity = new VelocityRule(random.nextInt(1, 1001), Duration.ofSeconds(random.nextLong(1, 86_401)),
        Duration.ofSeconds(random.nextLong(1, 2_592_001)));
    return new ProductConfig(level(random), oneOf(random, DocScanMode.values()), random.nextBoolean(),
        level(random), level(random), level(random), level(random), actions, random.nextInt(actions.size() + 1),
        random.nextBoolean(), random.nextBoolean(), oneOf(random, CaptureChannel.values()),
        random.nextInt(1, ProductConfig.MAX_IDN_THRESHOLD + 1), velocity, pages,
        oneOf(random, OperationMode.values()));
  }

  private static Level level(SplittableRandom random) {
    return oneOf(random, Level.values());
  }

  /** Returns 0 to 6 distinct actions in random order; an empty list asks for none (passive liveness). */
  private static List<Action> actions(SplittableRandom random) {
    List<Action> all = new ArrayList<>(List.of(Action.values()));
    Collections.shuffle(all, new java.util.Random(random.nextLong()));
    return all.subList(0, random.nextInt(all.size() + 1));
  }

  private static String letters(SplittableRandom random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      char base = random.nextBoolean() ? 'a' : 'A';
      text.append((char) (base + random.nextInt(26)));
    }
    return text.toString();
  }

  private static Map<String, String> pairs(String spec) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String pair : spec.split(",")) {
      pairs.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return pairs;
  }

  private static String join(Map<String, String> pairs) {
    StringJoiner joiner = new StringJoiner(",");
    pairs.forEach((key, value) -> joiner.add(key + "=" + value));
    return joiner.toString();
  }
}
