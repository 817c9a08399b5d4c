package org.kyc4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kyc4j.idn.testing.SyntheticFaces;

/**
 * A seeded face-search workload of 128-dimension face-like vectors ({@link SyntheticFaces}):
 * {@code size} stored faces of people photographed once (60%), twice (30%) or three times (10%),
 * spread in insertion order over one year of times; and queries, the even ones a new photo of a
 * stored person (a planted true match), the odd ones a new person (usually no match).
 */
public final class FaceWorkload {
  /** The dimension of dlib's ResNet face descriptor. */
  public static final int DIMENSION = 128;
  /** The seconds of one day. */
  public static final long DAY = 86_400L;
  /** The first face's time. */
  public static final long START = 1_700_000_000L;

  /** The stored faces, in insertion order (the id of a face is its index). */
  public final float[][] faces;
  /** The time of each stored face, non-decreasing. */
  public final long[] times;
  /** The queries. */
  public final float[][] queries;

  private FaceWorkload(float[][] faces, long[] times, float[][] queries) {
    this.faces = faces;
    this.times = times;
    this.queries = queries;
  }

  /** Generates a workload; the same arguments give the same workload. */
  public static FaceWorkload create(int size, int queryCount, long seed) {
    SyntheticFaces synthetic = new SyntheticFaces(DIMENSION, seed);
    Random random = new Random(seed);
    List<float[]> people = new ArrayList<>();
    float[][] faces = new float[size][];
    long[] times = new long[size];
    for (int i = 0; i < size; ) {
      float[] person = synthetic.identity();
      people.add(person);
      double u = random.nextDouble();
      for (int c = u < 0.6 ? 1 : u < 0.9 ? 2 : 3; c > 0 && i < size; c--, i++) {
        faces[i] = synthetic.capture(person);
        times[i] = START + i * (365 * DAY) / Math.max(1, size);
      }
    }
    float[][] queries = new float[queryCount][];
    for (int q = 0; q < queryCount; q++) {
      float[] person = q % 2 == 0 ? people.get(random.nextInt(people.size())) : synthetic.identity();
      queries[q] = synthetic.capture(person);
    }
    return new FaceWorkload(faces, times, queries);
  }

  /** Returns the time just after the last face ("now" for window queries). */
  public long now() {
    return START + 365 * DAY;
  }

  /** Adds every face to a searcher, in order. */
  public void fill(FaceSearcher searcher) {
    for (int i = 0; i < faces.length; i++) {
      searcher.add(i, faces[i], times[i]);
    }
  }
}
