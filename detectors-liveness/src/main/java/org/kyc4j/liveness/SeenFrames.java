package org.kyc4j.liveness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.ServiceKey;

/**
 * The engine's memory of the selfie frames it has judged, so that a capture replayed in a later
 * request is refused: a camera never delivers the same decoded pixels twice, so a frame whose pixels
 * equal a frame of an earlier capture was replayed. Keeps the 64-bit pixel hash of each frame (never
 * the image), at most {@link #capacity()} frames and none older than {@link #window()}: about 100
 * bytes a frame, 10 MB at the default capacity. Re-encoded or re-scaled replays change the pixels and
 * are not caught here (the within-capture near-duplicate rule of {@link ReplayCheck} still applies).
 * Thread-safe.
 */
final class SeenFrames {
  static final String CAPACITY_PROPERTY = AntiInjectionProvider.REPLAY_CAPACITY_PROPERTY;
  static final String WINDOW_PROPERTY = AntiInjectionProvider.REPLAY_WINDOW_PROPERTY;
  static final int DEFAULT_CAPACITY = 100_000;
  static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
  private static final int MAX_CAPACITY = 10_000_000;
  private static final Duration MAX_WINDOW = Duration.ofDays(30);
  private static final int MAX_TRANSACTION_CHARS = 64;

  /** One memory per engine, sized by the engine properties above. */
  static final ServiceKey<SeenFrames> SERVICE = ServiceKey.created("liveness.seenFrames", SeenFrames.class,
      SeenFrames::from);

  /** Where a remembered frame was seen: its request's transaction id (cut to 64 chars), frame index and time. */
  record Sighting(String transactionId, int frame, Instant at) {
    Sighting {
      Objects.requireNonNull(transactionId, "transactionId");
      Objects.requireNonNull(at, "at");
    }
  }

  private final int capacity;
  private final Duration window;
  private final Clock clock;
  private final LinkedHashMap<Long, Sighting> frames = new LinkedHashMap<>();

  SeenFrames(int capacity, Duration window, Clock clock) {
    if (capacity < 0 || capacity > MAX_CAPACITY) {
      throw new IllegalArgumentException(CAPACITY_PROPERTY + " is " + capacity + "; allowed: 0.." + MAX_CAPACITY);
    }
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
      throw new IllegalArgumentException(WINDOW_PROPERTY + " is " + window + "; allowed: above 0, up to " + MAX_WINDOW);
    }
    this.capacity = capacity;
    this.window = window;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The memory an engine's settings ask for.
   *
   * @throws IllegalArgumentException naming the property when a value is malformed or out of range
   */
  static SeenFrames from(EngineSettings settings) {
    String capacity = settings.property(CAPACITY_PROPERTY, Integer.toString(DEFAULT_CAPACITY)).strip();
    String window = settings.property(WINDOW_PROPERTY, DEFAULT_WINDOW.toString()).strip();
    try {
      return new SeenFrames(Integer.parseInt(capacity), Duration.parse(window), settings.clock());
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("engine properties " + CAPACITY_PROPERTY + "='" + cut(capacity) + "' and "
          + WINDOW_PROPERTY + "='" + cut(window) + "'; allowed: an integer 0.." + MAX_CAPACITY
          + " and an ISO-8601 duration such as PT24H", e);
    }
  }

  int capacity() {
    return capacity;
  }

  Duration window() {
    return window;
  }

  /**
   * Returns, by frame index, where each of these frames was seen before within the window, then
   * remembers them all as seen now in {@code transactionId}, dropping the oldest beyond capacity. One
   * atomic step, so that two requests carrying the same frames at once cannot both pass.
   */
  synchronized Map<Integer, Sighting> admit(String transactionId, List<Long> pixelHashes) {
    expire();
    Map<Integer, Sighting> earlier = new LinkedHashMap<>();
    for (int i = 0; i < pixelHashes.size(); i++) {
      Sighting seen = frames.get(pixelHashes.get(i));
      if (seen != null) {
        earlier.put(i, seen);
      }
    }
    if (capacity > 0) {
      Instant now = clock.instant();
      String id = cut(transactionId);
      for (int i = 0; i < pixelHashes.size(); i++) {
        frames.putIfAbsent(pixelHashes.get(i), new Sighting(id, i, now));
      }
      Iterator<Map.Entry<Long, Sighting>> oldest = frames.entrySet().iterator();
      while (frames.size() > capacity) {
        oldest.next();
        oldest.remove();
      }
    }
    return earlier;
  }

  /** The number of frames remembered now. */
  synchronized int size() {
    expire();
    return frames.size();
  }

  private void expire() {
    Instant limit = clock.instant().minus(window);
    Iterator<Map.Entry<Long, Sighting>> oldest = frames.entrySet().iterator();
    while (oldest.hasNext() && oldest.next().getValue().at().isBefore(limit)) {
      oldest.remove();
    }
  }

  private static String cut(String text) {
    return text.length() <= MAX_TRANSACTION_CHARS ? text : text.substring(0, MAX_TRANSACTION_CHARS) + "...";
  }
}
