package org.kyc4j.idn.internal;

/**
 * Which partitions a search scans. A match {@code x} of a query {@code q} at threshold {@code t}
 * lies within {@code r = sqrt(2 - 2t)} of it and sits in the partition of its own nearest
 * centroid, so that centroid's similarity to {@code q} trails the best one by a gap that grows
 * with {@code r}. The probe scans every partition whose centroid similarity is within
 * {@code width * r} of the best, plus the nearest partitions until {@code minScan} faces are
 * covered; thresholds below {@code exactBelow} scan everything. The width is empirical. Real
 * descriptors lie in a narrow cone (different people have cosine about 0.84), where centroids
 * separate less: on one million faces drawn from a Gaussian fitted to dlib descriptors of LFW
 * photos ({@code RealFaceSearchReport}), 0.12 finds 99.5-99.7% of the exact answers at the
 * thresholds 0.935-0.955 and scans about a fifth of the faces; 0.08 found only 91-98% (scanning
 * 6-10%), 0.10 98-99.4%, 0.16 all.
 * Immutable and thread-safe.
 *
 * @param width the probe width, as a fraction of {@code r}
 * @param minScan the least number of faces a search scans (nearest partitions first)
 * @param exactBelow thresholds below this scan every partition
 */
record FaceProbe(double width, int minScan, float exactBelow) {
  /** The tuning of {@link FaceIndexes#create}. */
  static final FaceProbe DEFAULT = new FaceProbe(0.12, 4096, 0.5f);
  /** Scans everything: the partitioned index then answers exactly. */
  static final FaceProbe ALL = new FaceProbe(Double.POSITIVE_INFINITY, Integer.MAX_VALUE, Float.POSITIVE_INFINITY);

  private static final int BUCKETS = 512;
  private static final float BUCKET_WIDTH = 2f / BUCKETS;

  /** Validates. */
  FaceProbe {
    if (!(width >= 0) || minScan < 0 || Float.isNaN(exactBelow)) {
      throw new IllegalArgumentException("probe (" + width + ", " + minScan + ", " + exactBelow
          + "); allowed: width >= 0, minScan >= 0, exactBelow a number");
    }
  }

  /**
   * Turns centroid scores into similarities (in place) and returns the lowest centroid similarity
   * to scan ({@code -infinity}: all). {@code partitions[id]} is null for inactive ids.
   */
  float cutoff(FaceQuery query, float[] scores, FacePartition[] partitions, int size) {
    if (query.threshold < exactBelow || size <= minScan || Double.isInfinite(width)) {
      return Float.NEGATIVE_INFINITY;
    }
    float best = Float.NEGATIVE_INFINITY;
    for (int id = 0; id < scores.length; id++) {
      scores[id] *= query.step;
      if (partitions[id] != null) {
        best = Math.max(best, scores[id]);
      }
    }
    float gap = (float) (width * Math.sqrt(2 - 2 * Math.min(1.0, query.threshold)));
    int[] faces = new int[BUCKETS];
    for (int id = 0; id < scores.length; id++) {
      if (partitions[id] != null) {
        int bucket = (int) ((best - scores[id]) / BUCKET_WIDTH);
        faces[Math.min(BUCKETS - 1, bucket)] += partitions[id].size();
      }
    }
    int covered = 0;
    for (int bucket = 0; bucket < BUCKETS; bucket++) {
      covered += faces[bucket];
      if (covered >= minScan) {
        return Math.min(best - gap, best - (bucket + 1) * BUCKET_WIDTH);
      }
    }
    return Float.NEGATIVE_INFINITY;
  }
}
