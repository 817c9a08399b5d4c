package org.kyc4j.idn;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.kyc4j.api.Level;
import org.kyc4j.api.RiskHit;
import org.kyc4j.idn.internal.FaceIndex;
import org.kyc4j.idn.internal.Queries;
import org.kyc4j.idn.internal.RecordStore;
import org.kyc4j.idn.internal.RiskAssessor;
import org.kyc4j.idn.internal.Snapshot;
import org.kyc4j.idn.internal.StoreConfig;
import org.kyc4j.spi.IdentityNetwork;
import org.kyc4j.spi.IdentityRecord;
import org.kyc4j.spi.ThresholdTable;

/**
 * The in-memory identity network of kyc4j: earlier applicants kept compactly (strings interned,
 * records in int-keyed columns, faces in a threshold-searchable face index) and queried within a
 * time window. Face embeddings are stored scaled to unit length (and possibly quantised by the face
 * index); {@link #retrieve} returns the stored vectors. It keeps at most {@link #maxRecords()}
 * records: adding beyond that evicts the record with the earliest time, which is the new record
 * itself when it is older than all others ({@link #stats()} counts them). Thread-safe: queries
 * share a read lock, changes take the write lock.
 *
 * <p>Risk rules of {@link #assess(IdentityRecord, Instant, Duration, int, Level)}, against every
 * record in the window other than the probe's own transaction. A missing field never matches and
 * is never "different". Two records have the <em>same face</em> when both have one and their
 * cosine similarity reaches the level's {@link FaceThresholds#match()}, <em>clearly different
 * faces</em> when it is below {@link FaceThresholds#clearlyDifferent()}; the <em>same ID</em> when
 * their ID numbers (letters and digits, upper-case) are equal and their document types do not
 * differ (a missing type neither confirms nor refutes); the <em>same person</em> when their
 * normalised names (accents dropped, upper-case, words sorted) and dates of birth are equal.
 * <ul>
 *   <li>SAME_FACE_DIFFERENT_ID_NUMBER: same face, both ID numbers known and different, document
 *       types not different (another type is SAME_FACE_DIFFERENT_ID_TYPE instead).</li>
 *   <li>SAME_ID_DIFFERENT_FACE: same ID, clearly different faces (the grey zone raises nothing).</li>
 *   <li>SAME_FACE_DIFFERENT_PERSON: same face, both persons known and different.</li>
 *   <li>SAME_ID_DIFFERENT_PERSON: same ID, both persons known and different.</li>
 *   <li>SAME_PERSON_DIFFERENT_FACE: same person, clearly different faces.</li>
 *   <li>SAME_PERSON_DIFFERENT_ID_NUMBER: same person, ID numbers known and different, types not different.</li>
 *   <li>SAME_FACE_DIFFERENT_ID_TYPE: same face, both document types known and different.</li>
 *   <li>SAME_FACE_DIFFERENT_USER_ID: same face, both user ids known and different.</li>
 *   <li>SAME_FACE_BACKGROUND_DIFFERENT_FACE: both backgrounds known with a similarity (1 - RMS of
 *       the differences) of at least {@link #backgroundThreshold()}, and clearly different faces.</li>
 *   <li>IDN_THRESHOLD: more distinct user ids than {@code idnThreshold} used the same ID (the
 *       probe's included), or the probe's user used more distinct ID numbers than it.</li>
 * </ul>
 * Each hit names the records' transactions oldest first; its score is the best face similarity
 * (highest for a match, lowest for a difference), the best background similarity for batch
 * registration, the distinct count for the threshold, NaN otherwise.
 */
public final class LiteIdentityNetwork implements IdentityNetwork {
  private final Clock clock;
  private final StoreConfig config;
  private final Map<Level, FaceThresholds> thresholds;
  private final Duration defaultWindow;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private RecordStore store;
  private long evicted;

  LiteIdentityNetwork(Clock clock, StoreConfig config, Map<Level, FaceThresholds> thresholds, Duration window,
      FaceIndex faces) {
    this.clock = clock;
    this.config = config;
    this.thresholds = new EnumMap<>(thresholds);
    this.defaultWindow = window;
    this.store = new RecordStore(config, faces);
  }

  /** Returns a builder with the defaults named on its methods. */
  public static LiteIdentityNetworkBuilder builder() {
    return new LiteIdentityNetworkBuilder();
  }

  /**
   * Adds a record; a record with the same transaction id is replaced.
   *
   * @throws IllegalArgumentException if the face has another dimension or a zero or infinite norm, the
   *     background another dimension or a value outside [0, 1], or a string more than 1024 characters
   */
  @Override
  public void add(IdentityRecord record) {
    Objects.requireNonNull(record, "record");
    write(() -> {
      RecordStore.Added added = store.add(record);
      if (added == RecordStore.Added.ADDED_EVICTING_OLDEST || added == RecordStore.Added.DROPPED_AS_OLDEST) {
        evicted++;
      }
      return null;
    });
  }

  @Override
  public boolean deleteTransaction(String transactionId) {
    Objects.requireNonNull(transactionId, "transactionId");
    return write(() -> store.remove(transactionId));
  }

  @Override
  public int deleteUser(String userId) {
    Objects.requireNonNull(userId, "userId");
    return write(() -> store.removeUser(userId));
  }

  @Override
  public Optional<IdentityRecord> retrieve(String transactionId) {
    Objects.requireNonNull(transactionId, "transactionId");
    return read(() -> {
      int slot = store.slotOf(transactionId);
      return slot < 0 ? Optional.empty() : Optional.of(store.record(slot));
    });
  }

  /** Assesses at {@link Level#STANDARD}; see {@link #assess(IdentityRecord, Instant, Duration, int, Level)}. */
  @Override
  public List<RiskHit> assess(IdentityRecord probe, Instant now, Duration window, int idnThreshold) {
    return assess(probe, now, window, idnThreshold, Level.STANDARD);
  }

  /**
   * Returns the risks {@code probe} raises against the records of the window {@code window} before
   * {@code now} (ends included), with the face thresholds of {@code level}, in {@link org.kyc4j.api.RiskType}
   * order; the rules are in the class description. The probe is not stored.
   *
   * @throws IllegalArgumentException if the probe's face or background does not fit this network,
   *     {@code idnThreshold} is below 1 or {@code level} is CLOSED
   */
  @Override
  public List<RiskHit> assess(IdentityRecord probe, Instant now, Duration window, int idnThreshold, Level level) {
    Objects.requireNonNull(probe, "probe");
    if (idnThreshold < 1) {
      throw new IllegalArgumentException("idnThreshold " + idnThreshold + "; allowed: 1 or more");
    }
    FaceThresholds faces = faceThresholds(level);
    TimeWindow bounds = TimeWindow.last(window, now);
    return read(() -> RiskAssessor.assess(store, probe, bounds, idnThreshold, faces));
  }

  /** Returns the records whose face has a cosine similarity of at least {@code threshold} to {@code embedding}. */
  public List<FaceMatch> similarFaces(float[] embedding, double threshold, TimeWindow window) {
    Objects.requireNonNull(embedding, "embedding");
    Objects.requireNonNull(window, "window");
    return read(() -> Queries.similarFaces(store, embedding, threshold, window));
  }

  /** Returns the records of an ID number (compared as letters and digits, upper-case), oldest first. */
  public List<IdentityRecord> recordsByIdNumber(String idNumber, TimeWindow window) {
    Objects.requireNonNull(idNumber, "idNumber");
    Objects.requireNonNull(window, "window");
    return read(() -> Queries.byIdNumber(store, idNumber, window));
  }

  /** Returns the records of a user id, oldest first. */
  public List<IdentityRecord> recordsByUser(String userId, TimeWindow window) {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(window, "window");
    return read(() -> Queries.byUser(store, userId, window));
  }

  /** Returns the records of a person (normalised name and date of birth), oldest first. */
  public List<IdentityRecord> recordsByPerson(String name, LocalDate dateOfBirth, TimeWindow window) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(window, "window");
    return read(() -> Queries.byPerson(store, name, dateOfBirth, window));
  }

  @Override
  public int expireBefore(Instant cutoff) {
    Objects.requireNonNull(cutoff, "cutoff");
    return write(() -> store.expireBefore(cutoff));
  }

  /** Removes every record older than {@code age} by the network's clock; returns how many were removed. */
  public int expireOlderThan(Duration age) {
    return expireBefore(TimeWindow.last(age, clock.instant()).from());
  }

  @Override
  public int size() {
    return read(store::size);
  }

  /** Writes a snapshot (see {@link Snapshot}); queries may run meanwhile, changes wait. Does not close {@code out}. */
  @Override
  public void writeTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    Lock readLock = lock.readLock();
    readLock.lock();
    try {
      Snapshot.write(store, out);
    } finally {
      readLock.unlock();
    }
  }

  /**
   * Replaces the content with a snapshot, read and verified in full before the swap; the stream
   * may be read ahead beyond the snapshot. The eviction count is kept.
   *
   * @throws IOException naming the problem (truncated, corrupt, other version, dimension or more
   *     records than {@link #maxRecords()}); the content is then left as it was
   */
  @Override
  public void readFrom(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    RecordStore loaded = Snapshot.read(in, config);
    write(() -> store = loaded);
  }

  /** Returns the window of {@link #defaultWindow()} ending at the clock's current instant. */
  public TimeWindow window() {
    return TimeWindow.last(defaultWindow, clock.instant());
  }

  /** Returns the length of the default query window. */
  @Override
  public Duration defaultWindow() {
    return defaultWindow;
  }

  /** Returns the face thresholds of a running level. */
  public FaceThresholds faceThresholds(Level level) {
    Objects.requireNonNull(level, "level");
    if (!level.runs()) {
      throw new IllegalArgumentException("level CLOSED has no face thresholds: the check does not run");
    }
    return thresholds.get(level);
  }

  /** Returns the face match thresholds per level as a table (a similarity at or below it passes). */
  @Override
  public ThresholdTable faceMatchThresholds() {
    return ThresholdTable.of("cosine similarity of unit face embeddings at or above which two faces are the same "
        + "person", ThresholdTable.PassWhen.AT_MOST, thresholds.get(Level.LOOSE).match(),
        thresholds.get(Level.STANDARD).match(), thresholds.get(Level.STRICT).match());
  }

  /** Returns the background similarity at or above which two backgrounds are the same. */
  public double backgroundThreshold() {
    return config.backgroundThreshold();
  }

  /** Returns the number of values of every face embedding. */
  @Override
  public int faceDimension() {
    return config.faceDimension();
  }

  /** Returns the number of values of every background signature. */
  @Override
  public int backgroundDimension() {
    return config.backgroundDimension();
  }

  /** Returns the most records this network keeps. */
  public int maxRecords() {
    return config.maxRecords();
  }

  /** Returns what the network holds now. */
  public NetworkStats stats() {
    return read(() -> new NetworkStats(store.size(), store.faceCount(), store.backgroundCount(),
        store.internedStrings(), store.indexEntries(), store.faces().bytesUsed(), evicted));
  }

  private <T> T read(Supplier<T> action) {
    Lock readLock = lock.readLock();
    readLock.lock();
    try {
      return action.get();
    } finally {
      readLock.unlock();
    }
  }

  private <T> T write(Supplier<T> action) {
    Lock writeLock = lock.writeLock();
    writeLock.lock();
    try {
      return action.get();
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public String toString() {
    return "LiteIdentityNetwork[" + size() + " of at most " + config.maxRecords() + " records, faces of "
        + config.faceDimension() + " values]";
  }
}
