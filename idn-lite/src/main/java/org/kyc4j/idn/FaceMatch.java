package org.kyc4j.idn;

import java.util.Objects;
import org.kyc4j.spi.IdentityRecord;

/**
 * One stored record whose face reached a similarity threshold. Immutable.
 *
 * @param record the record, with its stored (unit-length) face embedding
 * @param similarity the cosine similarity of the query to the stored embedding
 */
public record FaceMatch(IdentityRecord record, double similarity) {
  /** Validates that the record is given. */
  public FaceMatch {
    Objects.requireNonNull(record, "record");
  }
}
