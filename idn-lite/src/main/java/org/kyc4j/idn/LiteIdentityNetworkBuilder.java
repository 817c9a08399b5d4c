package org.kyc4j.idn;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.kyc4j.api.Level;
import java.util.function.IntFunction;
import org.kyc4j.idn.internal.FaceIndex;
import org.kyc4j.idn.internal.FaceIndexes;
import org.kyc4j.idn.internal.StoreConfig;

/**
 * A builder of {@link LiteIdentityNetwork}. Each setter checks its value at once and refuses to
 * set a field twice; {@link #build()} checks the combination. Not thread-safe; one builder may
 * build several networks.
 *
 * <p>The default face thresholds are cosines for dlib's ResNet descriptor (128 values, as computed
 * by {@code FaceRecognizer}), measured on the LFW dev set: two photos of one person score mostly
 * 0.93-0.98 (0.5% of them below 0.911), photos of different people 0.77-0.89 with a pairwise false
 * accept rate of 1e-4 at 0.941. A search compares one face with up to a million, so "same face"
 * lies beyond that: 0.945 (STANDARD), 0.955 (LOOSE: fewer matches reported) and 0.935 (STRICT:
 * more). "Clearly different" lies below the lowest 0.5% of same-person pairs: 0.90 (STANDARD),
 * 0.89 (LOOSE) and 0.91 (STRICT: more differences reported). Set them for another descriptor.
 */
public final class LiteIdentityNetworkBuilder {
  /** The default number of values of a face embedding (dlib's ResNet descriptor). */
  public static final int DEFAULT_FACE_DIMENSION = 128;
  /** The default number of values of a background signature (the IDN detector's 4x4 RGB grid). */
  public static final int DEFAULT_BACKGROUND_DIMENSION = 48;
  /** The default background similarity for batch registration: RMS difference at most 4% of full scale. */
  public static final double DEFAULT_BACKGROUND_THRESHOLD = 0.96;
  /** The default query window. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);
  /** The default maximum record count. */
  public static final int DEFAULT_MAX_RECORDS = 1_000_000;
  private static final Map<Level, FaceThresholds> DEFAULT_THRESHOLDS = Map.of(
      Level.LOOSE, new FaceThresholds(0.955, 0.89),
      Level.STANDARD, new FaceThresholds(0.945, 0.90),
      Level.STRICT, new FaceThresholds(0.935, 0.91));

  private Clock clock;
  private Integer faceDimension;
  private Integer backgroundDimension;
  private Double backgroundThreshold;
  private Duration defaultWindow;
  private Integer maxRecords;
  private Boolean exactFaceSearch;
  private final Map<Level, FaceThresholds> thresholds = new EnumMap<>(Level.class);

  LiteIdentityNetworkBuilder() {}

  /** Sets the clock of {@link LiteIdentityNetwork#window()}; default the system UTC clock. */
  public LiteIdentityNetworkBuilder clock(Clock clock) {
    once(this.clock, "clock");
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Sets the face embedding dimension, 1..4096; default {@value #DEFAULT_FACE_DIMENSION}. */
  public LiteIdentityNetworkBuilder faceDimension(int dimension) {
    once(faceDimension, "faceDimension");
    faceDimension = inRange(dimension, 1, 4096, "faceDimension");
    return this;
  }

  /** Sets the background signature dimension, 1..1024; default {@value #DEFAULT_BACKGROUND_DIMENSION}. */
  public LiteIdentityNetworkBuilder backgroundDimension(int dimension) {
    once(backgroundDimension, "backgroundDimension");
    backgroundDimension = inRange(dimension, 1, 1024, "backgroundDimension");
    return this;
  }

  /** Sets the background similarity threshold, in (0, 1]; default {@value #DEFAULT_BACKGROUND_THRESHOLD}. */
  public LiteIdentityNetworkBuilder backgroundThreshold(double threshold) {
    once(backgroundThreshold, "backgroundThreshold");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("backgroundThreshold " + threshold + "; allowed: (0, 1]");
    }
    backgroundThreshold = threshold;
    return this;
  }

  /** Sets the face thresholds of one running level; defaults in the class description. */
  public LiteIdentityNetworkBuilder faceThresholds(Level level, FaceThresholds levelThresholds) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(levelThresholds, "thresholds");
    if (!level.runs()) {
      throw new IllegalArgumentException("faceThresholds for level CLOSED; allowed: LOOSE, STANDARD, STRICT");
    }
    once(thresholds.get(level), "faceThresholds(" + level + ")");
    thresholds.put(level, levelThresholds);
    return this;
  }

  /** Sets the default query window, positive; default 30 days. */
  public LiteIdentityNetworkBuilder defaultWindow(Duration window) {
    once(defaultWindow, "defaultWindow");
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("defaultWindow " + window + "; allowed: a positive duration");
    }
    defaultWindow = window;
    return this;
  }

  /** Sets the most records kept, 1..{@value StoreConfig#MAX_RECORDS}; default {@value #DEFAULT_MAX_RECORDS}. */
  public LiteIdentityNetworkBuilder maxRecords(int max) {
    once(maxRecords, "maxRecords");
    maxRecords = inRange(max, 1, StoreConfig.MAX_RECORDS, "maxRecords");
    return this;
  }

  /**
   * Makes face searches an exact scan of every face in the window instead of the partitioned face
   * index: every match is found, at a cost linear in the number of faces. Default off. A network
   * restored from a snapshot keeps the kind of face index the snapshot was written with.
   */
  public LiteIdentityNetworkBuilder exactFaceSearch() {
    once(exactFaceSearch, "exactFaceSearch");
    exactFaceSearch = true;
    return this;
  }

  /**
   * Builds an empty network.
   *
   * @throws IllegalArgumentException if the levels' thresholds are not ordered: a stricter level must
   *     report at least the matches and differences of a looser one
   */
  public LiteIdentityNetwork build() {
    Map<Level, FaceThresholds> table = new EnumMap<>(DEFAULT_THRESHOLDS);
    table.putAll(thresholds);
    FaceThresholds loose = table.get(Level.LOOSE);
    FaceThresholds standard = table.get(Level.STANDARD);
    FaceThresholds strict = table.get(Level.STRICT);
    if (loose.match() < standard.match() || standard.match() < strict.match()
        || loose.clearlyDifferent() > standard.clearlyDifferent()
        || standard.clearlyDifferent() > strict.clearlyDifferent()) {
      throw new IllegalArgumentException("face thresholds " + table + " are not ordered; allowed: match thresholds "
          + "LOOSE >= STANDARD >= STRICT and clearlyDifferent thresholds LOOSE <= STANDARD <= STRICT");
    }
    StoreConfig config = new StoreConfig(or(faceDimension, DEFAULT_FACE_DIMENSION),
        or(backgroundDimension, DEFAULT_BACKGROUND_DIMENSION), or(backgroundThreshold, DEFAULT_BACKGROUND_THRESHOLD),
        or(maxRecords, DEFAULT_MAX_RECORDS));
    IntFunction<FaceIndex> faces = or(exactFaceSearch, false) ? FaceIndexes::exact : FaceIndexes::create;
    return new LiteIdentityNetwork(or(clock, Clock.systemUTC()), config, table, or(defaultWindow, DEFAULT_WINDOW),
        faces.apply(config.faceDimension()));
  }

  private static void once(Object current, String field) {
    if (current != null) {
      throw new IllegalStateException(field + " was already set to " + current);
    }
  }

  private static int inRange(int value, int low, int high, String field) {
    if (value < low || value > high) {
      throw new IllegalArgumentException(field + " " + value + "; allowed: " + low + ".." + high);
    }
    return value;
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
