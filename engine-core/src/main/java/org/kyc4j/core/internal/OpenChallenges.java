package org.kyc4j.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.kyc4j.api.Action;
import org.kyc4j.api.Challenge;
import org.kyc4j.api.InvalidRequestException;
import org.kyc4j.api.ProductConfig;

/**
 * The liveness challenges an engine issued that no request has used yet: issues them (actions drawn
 * from the config with the given random source, expiry from the injected clock) and consumes each at
 * most once. Bounded: issuing beyond {@code maxOpen} forgets the oldest open challenge. Thread-safe;
 * arguments must not be null.
 *
 * <p>Not a Caffeine cache, unlike velocity control: a challenge is written once and never read
 * before it is removed, so Caffeine's frequency-based admission (W-TinyLFU) keeps old entries and
 * evicts the newest at the bound, the very challenge an applicant is about to answer. Here eviction is
 * strictly oldest first, and every operation is O(1) amortised under one short lock.
 */
public final class OpenChallenges {
  private static final HexFormat HEX = HexFormat.of();

  private final Clock clock;
  private final Random random;
  private final Duration ttl;
  private final int maxOpen;
  /** The open challenges in issue order, oldest first; guarded by {@code this}. */
  private final LinkedHashMap<String, Challenge> open = new LinkedHashMap<>();

  /**
   * Creates an empty set of open challenges.
   *
   * @param clock the source of issue times and expiry
   * @param random the source of ids and draws; a {@link java.security.SecureRandom} unless testing
   * @param ttl how long a challenge stays open, positive
   * @param maxOpen how many challenges stay open at most, at least 1
   */
  public OpenChallenges(Clock clock, Random random, Duration ttl, int maxOpen) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl " + ttl + " must be positive");
    }
    if (maxOpen < 1) {
      throw new IllegalArgumentException("maxOpen " + maxOpen + " must be at least 1");
    }
    this.maxOpen = maxOpen;
  }

  /**
   * Issues a challenge for {@code config}: its actions, or {@code randomActionCount} distinct ones drawn
   * from them, in the listed order or, with {@code actionRandom}, in random order; open for the TTL.
   *
   * @throws InvalidRequestException (field {@code config.actions}) if the config asks for no action
   */
  public Challenge issue(ProductConfig config) {
    Objects.requireNonNull(config, "config");
    if (config.actions().isEmpty()) {
      throw new InvalidRequestException("config.actions", "is NONE (passive liveness only); a challenge asks "
          + "at least one action");
    }
    List<Action> actions = draw(config.actions(), config.randomActionCount(), config.actionRandom());
    Instant now = clock.instant();
    Challenge challenge = new Challenge(newId(), actions, now, now.plus(ttl));
    synchronized (this) {
      dropExpired(now);
      while (open.putIfAbsent(challenge.id(), challenge) != null) {
        challenge = new Challenge(newId(), actions, now, now.plus(ttl));
      }
      if (open.size() > maxOpen) {
        Iterator<String> oldest = open.keySet().iterator();
        oldest.next();
        oldest.remove();
      }
    }
    return challenge;
  }

  /**
   * Consumes the challenge named {@code id}: returns it and closes it if it is open and not expired by
   * the clock; else returns empty. Of concurrent calls for one id, at most one returns the challenge.
   */
  public Optional<Challenge> consume(String id) {
    Objects.requireNonNull(id, "id");
    Instant now = clock.instant();
    Challenge challenge;
    synchronized (this) {
      challenge = open.remove(id);
      dropExpired(now);
    }
    return challenge == null || challenge.expiredAt(now) ? Optional.empty() : Optional.of(challenge);
  }

  /** Returns how many challenges are open after the expired ones were dropped; for tests and monitoring. */
  public synchronized int openCount() {
    dropExpired(clock.instant());
    return open.size();
  }

  /** Drops expired challenges, oldest first, up to the first open one: with one TTL, issue order is expiry order. */
  private void dropExpired(Instant now) {
    Iterator<Map.Entry<String, Challenge>> oldest = open.entrySet().iterator();
    while (oldest.hasNext() && oldest.next().getValue().expiredAt(now)) {
      oldest.remove();
    }
  }

  /**
   * Returns the actions to ask: {@code count} (0: all) distinct ones drawn uniformly from {@code configured},
   * in their configured order, or in random order when {@code randomOrder}.
   */
  static List<Action> draw(List<Action> configured, int count, boolean randomOrder, Random random) {
    if (count == 0 && !randomOrder) {
      return List.copyOf(configured);
    }
    int[] indices = new int[configured.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = i;
    }
    int take = count == 0 ? indices.length : count;
    for (int i = 0; i < take; i++) {
      int j = i + random.nextInt(indices.length - i);
      int swap = indices[i];
      indices[i] = indices[j];
      indices[j] = swap;
    }
    int[] chosen = Arrays.copyOf(indices, take);
    if (!randomOrder) {
      Arrays.sort(chosen);
    }
    List<Action> actions = new ArrayList<>(take);
    for (int index : chosen) {
      actions.add(configured.get(index));
    }
    return actions;
  }

  private List<Action> draw(List<Action> configured, int count, boolean randomOrder) {
    return draw(configured, count, randomOrder, random);
  }

  private String newId() {
    byte[] bits = new byte[Challenge.ID_LENGTH / 2];
    random.nextBytes(bits);
    return HEX.formatHex(bits);
  }
}
