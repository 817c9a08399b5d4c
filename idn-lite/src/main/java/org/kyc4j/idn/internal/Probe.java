package org.kyc4j.idn.internal;

import org.kyc4j.spi.IdentityRecord;

/**
 * A record being assessed, translated into the store's terms: pool ids ({@link StringPool#NONE}
 * when missing, {@link StringPool#ABSENT} when no stored record has the value), the unit face and
 * the quantised background. Valid only while the store does not change.
 */
final class Probe {
  final String transactionId;
  final int user;
  final int documentType;
  final int idKey;
  final int personKey;
  final float[] face;
  final byte[] background;

  /**
   * @throws IllegalArgumentException if the face or background does not fit the store
   */
  Probe(RecordStore store, IdentityRecord record) {
    StringPool pool = store.pool();
    transactionId = record.transactionId();
    user = pool.find(record.userId());
    documentType = pool.find(record.documentTypeCode());
    idKey = pool.find(IdentityKeys.idNumber(record.idNumber()));
    personKey = pool.find(IdentityKeys.person(record.name(), record.dateOfBirth()));
    face = RecordChecks.unitFace(record.faceEmbedding(), store.config().faceDimension());
    background = record.backgroundSignature() == null ? null
        : store.backgrounds().encode(record.backgroundSignature());
  }

  static boolean known(int id) {
    return id != StringPool.NONE;
  }

  /** Returns whether both ids are known and differ. */
  static boolean differ(int probe, int stored) {
    return known(probe) && known(stored) && probe != stored;
  }
}
