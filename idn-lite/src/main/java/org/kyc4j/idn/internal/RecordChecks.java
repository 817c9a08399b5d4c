package org.kyc4j.idn.internal;

import org.kyc4j.spi.IdentityRecord;

/** The checks a record passes before it enters a store. Stateless. */
public final class RecordChecks {
  private RecordChecks() {}

  /**
   * Returns {@code vector} scaled to unit length, or null for null.
   *
   * @throws IllegalArgumentException if its length is not {@code dimension} or it is zero or not finite
   */
  public static float[] unitFace(float[] vector, int dimension) {
    if (vector == null) {
      return null;
    }
    if (vector.length != dimension) {
      throw new IllegalArgumentException("faceEmbedding has " + vector.length + " values; this network stores "
          + dimension);
    }
    double norm = 0;
    for (float v : vector) {
      norm += (double) v * v;
    }
    norm = Math.sqrt(norm);
    if (!(norm > 0) || Double.isInfinite(norm)) {
      throw new IllegalArgumentException("faceEmbedding has norm " + norm + "; allowed: finite values, not all zero");
    }
    float[] unit = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      unit[i] = (float) (vector[i] / norm);
    }
    return unit;
  }

  static void checkStrings(IdentityRecord r) {
    String[][] fields = {{"transactionId", r.transactionId()}, {"userId", r.userId()},
        {"documentTypeCode", r.documentTypeCode()}, {"idNumber", r.idNumber()}, {"name", r.name()},
        {"deviceId", r.deviceId()}};
    for (String[] field : fields) {
      if (field[1] != null && field[1].length() > StoreConfig.MAX_STRING) {
        throw new IllegalArgumentException(field[0] + " has " + field[1].length() + " characters; allowed: at most "
            + StoreConfig.MAX_STRING);
      }
    }
  }
}
