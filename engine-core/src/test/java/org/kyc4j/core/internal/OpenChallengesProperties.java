package org.kyc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Action;
import org.kyc4j.api.Challenge;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.testing.MutableClock;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * OpenChallenges against a plain model (open challenges in issue order, the oldest forgotten at the
 * bound) over random sequences of issues, clock moves and consumptions of issued, used and unknown
 * ids: a challenge is accepted at most once, never at or after its expiry, and exactly when the model
 * holds it open; drawn actions are distinct and from the configured set. QuickTheories prints the
 * seed of any failing run.
 */
class OpenChallengesProperties {
  private static final Duration TTL = Duration.ofSeconds(60);
  private static final String UNKNOWN = "ffffffffffffffffffffffffffffffff";
  /** Shrink attempts on a failure: each example replays at most 80 steps. */
  private static final int SHRINKS = 5_000;

  /** Moves the clock by {@code seconds}, then issues under {@code config} or consumes issued id {@code pick}. */
  record Step(int seconds, ProductConfig config, int pick) {}

  @Test
  void challengesAreAcceptedOnceBeforeTheirExpiryAndAsTheModelSays() {
    qt().withExamples(300).withShrinkCycles(SHRINKS).forAll(longs().all(), integers().between(1, 6), steps())
        .checkAssert(OpenChallengesProperties::assertAgreesWithModel);
  }

  @Test
  void drawnActionsAreDistinctAndFromTheConfiguredSet() {
    qt().withExamples(500).forAll(longs().all(), configs()).checkAssert((seed, config) -> {
      Random random = new Random(seed);
      List<Action> drawn = OpenChallenges.draw(config.actions(), config.randomActionCount(), config.actionRandom(),
          random);
      int expected = config.randomActionCount() == 0 ? config.actions().size() : config.randomActionCount();
      assertThat(drawn).hasSize(expected).doesNotHaveDuplicates().isSubsetOf(config.actions());
      if (!config.actionRandom()) {
        List<Action> inConfigOrder = new ArrayList<>(config.actions());
        inConfigOrder.retainAll(drawn);
        assertThat(drawn).isEqualTo(inConfigOrder);
      }
    });
  }

  private static void assertAgreesWithModel(long seed, int maxOpen, List<Step> steps) {
    MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    OpenChallenges open = new OpenChallenges(clock, new Random(seed), TTL, maxOpen);
    LinkedHashMap<String, Challenge> model = new LinkedHashMap<>();
    List<Challenge> issued = new ArrayList<>();
    Set<String> accepted = new HashSet<>();
    for (Step step : steps) {
      clock.advance(Duration.ofSeconds(step.seconds()));
      Instant now = clock.instant();
      model.values().removeIf(c -> !now.isBefore(c.expiresAt()));
      if (step.config() != null) {
        Challenge challenge = open.issue(step.config());
        assertThat(challenge.actions()).doesNotHaveDuplicates().isSubsetOf(step.config().actions());
        assertThat(challenge.expiresAt()).isEqualTo(now.plus(TTL));
        issued.add(challenge);
        model.put(challenge.id(), challenge);
        if (model.size() > maxOpen) {
          model.remove(model.keySet().iterator().next());
        }
      } else {
        String id = step.pick() < issued.size() ? issued.get(step.pick()).id() : UNKNOWN;
        Optional<Challenge> got = open.consume(id);
        Challenge expected = model.remove(id);
        assertThat(got).as("consume %s at %s", id, now).isEqualTo(Optional.ofNullable(expected));
        got.ifPresent(c -> {
          assertThat(accepted.add(c.id())).as("%s accepted twice", c.id()).isTrue();
          assertThat(now).isBefore(c.expiresAt());
        });
      }
    }
    assertThat(open.openCount()).isEqualTo(model.size());
  }

  private static Gen<List<Step>> steps() {
    Gen<Integer> seconds = Generate.frequency(Pair.of(4, integers().between(0, 5)),
        Pair.of(2, integers().between(0, 40)), Pair.of(1, integers().between(0, 120)));
    Gen<ProductConfig> issueOrConsume = Generate.frequency(Pair.of(1, configs()),
        Pair.of(1, Generate.constant((ProductConfig) null)));
    Gen<Step> step = seconds.zip(issueOrConsume, integers().between(0, 40), Step::new);
    return lists().of(step).ofSizeBetween(0, 80);
  }

  /** Configs of 1..6 distinct actions in any order, any draw count they allow, either order flag. */
  private static Gen<ProductConfig> configs() {
    Gen<List<Action>> actions = longs().all().map(seed -> {
      List<Action> all = new ArrayList<>(List.of(Action.values()));
      Collections.shuffle(all, new Random(seed));
      return all.subList(0, 1 + (int) Math.floorMod(seed, (long) all.size()));
    });
    return actions.zip(integers().between(0, 6), booleans().all(), (list, count, shuffled) -> ProductConfig.builder()
        .actions(list).randomActionCount(Math.min(count, list.size())).actionRandom(shuffled).build());
  }
}
