package org.kyc4j.idn.internal;

import java.util.Arrays;

/**
 * The centroids of a {@link FacePartitionedIndex}, one per partition id, packed like faces (see
 * {@link FaceCodes}) so that scoring a query against all of them is one vectorised kernel call.
 * An inactive id has scale 0. The kernel always runs over at least {@link FacePartition#MIN_SPAN}
 * entries (unused ones are zero). Not thread-safe for writes; scoring only reads.
 */
final class FaceCentroids {
  private int[][] columns;
  private float[] scales;
  private int count;

  FaceCentroids(int words) {
    columns = new int[words][FacePartition.MIN_SPAN];
    scales = new float[FacePartition.MIN_SPAN];
  }

  /** Returns one past the highest id ever set. */
  int count() {
    return count;
  }

  boolean active(int id) {
    return id < count && scales[id] != 0f;
  }

  /** Returns the lowest inactive id (possibly {@link #count}). */
  int freeId() {
    for (int id = 0; id < count; id++) {
      if (scales[id] == 0f) {
        return id;
      }
    }
    return count;
  }

  void set(int id, int[] packed, float scale) {
    if (id >= scales.length) {
      resize(Math.max(id + 1, scales.length + (scales.length >>> 1)));
    }
    for (int k = 0; k < columns.length; k++) {
      columns[k][id] = packed[k];
    }
    scales[id] = scale;
    count = Math.max(count, id + 1);
  }

  void clear(int id) {
    for (int[] column : columns) {
      column[id] = 0;
    }
    scales[id] = 0f;
    while (count > 0 && scales[count - 1] == 0f) {
      count--;
    }
    if (scales.length > 2 * FacePartition.MIN_SPAN && count < scales.length >>> 2) {
      resize(Math.max(FacePartition.MIN_SPAN, count * 2));
    }
  }

  private void resize(int wanted) {
    int capacity = (wanted + 15) & -16;
    for (int k = 0; k < columns.length; k++) {
      columns[k] = Arrays.copyOf(columns[k], capacity);
    }
    scales = Arrays.copyOf(scales, capacity);
  }

  /** Returns the (dequantised, unit) centroid of an id. */
  float[] vector(int id, int dimension) {
    float[] out = new float[dimension];
    FaceCodes.decode(columns, id, scales[id], out);
    return out;
  }

  /** Copies the packed centroid of an id. */
  void packed(int id, int[] out) {
    for (int k = 0; k < columns.length; k++) {
      out[k] = columns[k][id];
    }
  }

  /**
   * Returns, per id, the kernel score of int8 codes against the centroid times the centroid's
   * scale (proportional to the cosine; 0 for inactive ids).
   */
  float[] scores(int[] codes) {
    int span = Math.min(scales.length, Math.max(FacePartition.MIN_SPAN, (count + 15) & -16));
    int[] acc = new int[span];
    FaceCodes.dot(columns, 0, span, codes, acc);
    float[] scores = new float[count];
    for (int id = 0; id < count; id++) {
      scores[id] = acc[id] * scales[id];
    }
    return scores;
  }

  /** Returns the active id with the highest score for the codes (the lowest such id on ties). */
  int nearest(int[] codes) {
    float[] scores = scores(codes);
    int best = -1;
    for (int id = 0; id < count; id++) {
      if (scales[id] != 0f && (best < 0 || scores[id] > scores[best])) {
        best = id;
      }
    }
    return best;
  }

  long bytesUsed() {
    return 16 + 16 + columns.length * (16 + 4L * scales.length) + 16 + 4L * scales.length;
  }
}
