package org.kyc4j.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kyc4j.api.Level;
import org.kyc4j.api.RiskHit;

/**
 * The identity network: earlier applicants, queried for fake, duplicated and batch-registered
 * identities within a time window. Implementations are thread-safe under concurrent add, delete
 * and query; {@code idn-lite} provides one.
 */
public interface IdentityNetwork {
  /**
   * The engine service under which the builder's identity network is handed to providers
   * ({@code Kyc4j.Builder.identityNetwork}); supplied by the user, never created or closed by the engine.
   */
  ServiceKey<IdentityNetwork> SERVICE = ServiceKey.supplied("identityNetwork", IdentityNetwork.class);

  /** Adds a record; a record with the same transaction id is replaced. */
  void add(IdentityRecord record);

  /** Deletes one transaction's record from every structure; returns whether it existed. */
  boolean deleteTransaction(String transactionId);

  /** Deletes every record of a user; returns how many were deleted. */
  int deleteUser(String userId);

  /** Returns a transaction's record. */
  Optional<IdentityRecord> retrieve(String transactionId);

  /**
   * Returns the risks {@code probe} raises against records no older than {@code window} before
   * {@code now}, each naming the earlier transactions. The probe itself is not stored.
   *
   * @param idnThreshold the configured number of distinct user ids above which the threshold risk is hit
   */
  List<RiskHit> assess(IdentityRecord probe, Instant now, Duration window, int idnThreshold);

  /**
   * Like {@link #assess(IdentityRecord, Instant, Duration, int)}, with the face thresholds of a
   * risk level (never CLOSED). The default ignores the level.
   */
  default List<RiskHit> assess(IdentityRecord probe, Instant now, Duration window, int idnThreshold, Level level) {
    return assess(probe, now, window, idnThreshold);
  }

  /** Returns the face similarity each risk level counts as the same face; {@link ThresholdTable#NONE} if not known. */
  default ThresholdTable faceMatchThresholds() {
    return ThresholdTable.NONE;
  }

  /** Returns the dimension of the face vectors this network stores, or 0 if it accepts any. */
  default int faceDimension() {
    return 0;
  }

  /** Returns the dimension of the background signatures this network stores, or 0 if it accepts any. */
  default int backgroundDimension() {
    return 0;
  }

  /** Returns the time window queries use when the caller names none. */
  default Duration defaultWindow() {
    return Duration.ofDays(30);
  }

  /** Removes every record older than {@code cutoff}; returns how many were removed. */
  int expireBefore(Instant cutoff);

  /** Returns the number of records. */
  int size();

  /** Writes a versioned, checksummed snapshot of every record. */
  void writeTo(OutputStream out) throws IOException;

  /**
   * Replaces the content with a snapshot; a corrupt or truncated snapshot is rejected with an
   * IOException and the content is left as it was.
   */
  void readFrom(InputStream in) throws IOException;
}
