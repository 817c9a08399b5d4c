package org.kyc4j.idn.internal;

import java.util.Arrays;

/**
 * The background signatures of the records, one byte per value ({@code round(v * 254)} for a
 * value {@code v} in [0, 1]), bucketed by their mean so that a threshold search reads only three
 * buckets. Similarity is {@code 1 - RMS(a - b)} over the dequantised values. Because the means of
 * two signatures differ by at most their RMS difference, a bucket width of at least
 * {@code 1 - threshold} makes the search exact. Not thread-safe; reads may run concurrently while
 * no write runs.
 */
public final class Backgrounds {
  private static final float SCALE = 254f;
  private final int dimension;
  private final double threshold;
  private final double bucketWidth;
  private final SlotLists buckets = new SlotLists();
  private byte[] codes;
  private int[] bucketOf = new int[0];
  private int size;

  /**
   * @param dimension the number of values of every signature, 1..1024
   * @param threshold the similarity at or above which two backgrounds are the same, in (0, 1]
   */
  public Backgrounds(int dimension, double threshold) {
    if (dimension < 1 || dimension > 1024) {
      throw new IllegalArgumentException("background dimension " + dimension + "; allowed: 1..1024");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("background threshold " + threshold + "; allowed: (0, 1]");
    }
    this.dimension = dimension;
    this.threshold = threshold;
    this.bucketWidth = Math.max(1 - threshold, 1.0 / 64) * SCALE * 1.01;
    this.codes = new byte[16 * dimension];
  }

  /** Returns the number of values per signature. */
  public int dimension() {
    return dimension;
  }

  /**
   * Quantises a signature.
   *
   * @throws IllegalArgumentException if its length is not {@link #dimension()} or a value lies outside [0, 1]
   */
  public byte[] encode(float[] signature) {
    if (signature.length != dimension) {
      throw new IllegalArgumentException("backgroundSignature has " + signature.length + " values; allowed: "
          + dimension + " values in [0, 1]");
    }
    byte[] out = new byte[dimension];
    for (int i = 0; i < dimension; i++) {
      float v = signature[i];
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("backgroundSignature[" + i + "] is " + v + "; allowed: values in [0, 1]");
      }
      out[i] = (byte) Math.round(v * SCALE);
    }
    return out;
  }

  /** Stores the codes of a slot that holds none. */
  public void add(int slot, byte[] signatureCodes) {
    if (slot >= bucketOf.length) {
      int capacity = Math.max(slot + 1, bucketOf.length * 2 + 16);
      int old = bucketOf.length;
      bucketOf = Arrays.copyOf(bucketOf, capacity);
      Arrays.fill(bucketOf, old, capacity, -1);
      codes = Arrays.copyOf(codes, capacity * dimension);
    }
    System.arraycopy(signatureCodes, 0, codes, slot * dimension, dimension);
    int bucket = bucket(signatureCodes);
    bucketOf[slot] = bucket;
    buckets.add(bucket, slot);
    size++;
  }

  /** Removes a slot's signature; returns whether it had one. */
  public boolean remove(int slot) {
    if (!has(slot)) {
      return false;
    }
    buckets.remove(bucketOf[slot], slot);
    bucketOf[slot] = -1;
    size--;
    return true;
  }

  /** Returns whether a slot has a signature. */
  public boolean has(int slot) {
    return slot >= 0 && slot < bucketOf.length && bucketOf[slot] >= 0;
  }

  /** Returns a copy of a slot's codes, or null. */
  public byte[] codes(int slot) {
    return has(slot) ? Arrays.copyOfRange(codes, slot * dimension, (slot + 1) * dimension) : null;
  }

  /** Returns the dequantised signature of a slot, or null. */
  public float[] signature(int slot) {
    if (!has(slot)) {
      return null;
    }
    float[] out = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      out[i] = (codes[slot * dimension + i] & 0xFF) / SCALE;
    }
    return out;
  }

  /** Calls {@code sink} for every slot whose signature is at least as similar as the threshold. */
  public void search(byte[] probe, MatchSink sink) {
    int bucket = bucket(probe);
    for (int b = Math.max(0, bucket - 1); b <= bucket + 1; b++) {
      buckets.forEach(b, slot -> {
        float similarity = similarity(probe, slot);
        if (similarity >= threshold) {
          sink.accept(slot, similarity);
        }
      });
    }
  }

  /** Returns the similarity of probe codes to a slot's signature. */
  public float similarity(byte[] probe, int slot) {
    long sum = 0;
    int base = slot * dimension;
    for (int i = 0; i < dimension; i++) {
      int d = (probe[i] & 0xFF) - (codes[base + i] & 0xFF);
      sum += (long) d * d;
    }
    return (float) (1 - Math.sqrt((double) sum / dimension) / SCALE);
  }

  /** Returns the number of stored signatures. */
  public int size() {
    return size;
  }

  private int bucket(byte[] signatureCodes) {
    long sum = 0;
    for (byte code : signatureCodes) {
      sum += code & 0xFF;
    }
    return (int) Math.floor((double) sum / dimension / bucketWidth);
  }
}
