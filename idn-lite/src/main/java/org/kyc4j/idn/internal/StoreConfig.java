package org.kyc4j.idn.internal;

/**
 * The fixed shape of a record store.
 *
 * @param faceDimension the number of values of every face embedding
 * @param backgroundDimension the number of values of every background signature
 * @param backgroundThreshold the background similarity at or above which two backgrounds are the same
 * @param maxRecords the most records the store keeps
 */
public record StoreConfig(int faceDimension, int backgroundDimension, double backgroundThreshold, int maxRecords) {
  /** The longest string a record may carry in any field. */
  public static final int MAX_STRING = 1024;
  /** The largest allowed {@link #maxRecords()}. */
  public static final int MAX_RECORDS = 100_000_000;

  /** Validates every component. */
  public StoreConfig {
    if (faceDimension < 1 || faceDimension > 4096) {
      throw new IllegalArgumentException("faceDimension " + faceDimension + "; allowed: 1..4096");
    }
    if (backgroundDimension < 1 || backgroundDimension > 1024) {
      throw new IllegalArgumentException("backgroundDimension " + backgroundDimension + "; allowed: 1..1024");
    }
    if (!(backgroundThreshold > 0 && backgroundThreshold <= 1)) {
      throw new IllegalArgumentException("backgroundThreshold " + backgroundThreshold + "; allowed: (0, 1]");
    }
    if (maxRecords < 1 || maxRecords > MAX_RECORDS) {
      throw new IllegalArgumentException("maxRecords " + maxRecords + "; allowed: 1.." + MAX_RECORDS);
    }
  }
}
