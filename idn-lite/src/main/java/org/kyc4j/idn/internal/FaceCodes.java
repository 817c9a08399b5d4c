package org.kyc4j.idn.internal;

/**
 * The stored representation of a face and the arithmetic on it. A vector is quantised to signed
 * int8 codes ({@code round(127 * v / max|v|)}), packed four to an int (little end first), and
 * kept with {@code scale = 1 / |codes|}, so that the stored vector {@code codes * scale} has unit
 * length. Stateless; every method is thread-safe on arrays the caller does not share for writing.
 *
 * <p>The search kernel works column-wise: column {@code k} of a group of faces is an int array
 * holding dimensions {@code 4k..4k+3} of each face. The loop {@code acc[j] += dot(column[j], q)}
 * indexes every array with the same {@code j}, which C2 vectorises on Java 17 without the
 * incubating Vector API (about 2-3 ns per 128-dimension face on one AVX-512 core).
 */
final class FaceCodes {
  /** The largest code magnitude. */
  static final int MAX_CODE = 127;

  private FaceCodes() {}

  /** Returns the number of packed ints per face. */
  static int words(int dimension) {
    return (dimension + 3) >>> 2;
  }

  /**
   * Quantises a vector into {@code packed} (length {@link #words}) and returns its scale.
   *
   * @throws IllegalArgumentException if the vector holds a non-finite value or is zero
   */
  static float encode(float[] vector, int[] packed) {
    float max = 0f;
    for (float v : vector) {
      if (!Float.isFinite(v)) {
        throw new IllegalArgumentException("face vector holds " + v + "; allowed: finite values");
      }
      max = Math.max(max, Math.abs(v));
    }
    if (max == 0f) {
      throw new IllegalArgumentException("face vector is zero; allowed: a non-zero (unit-length) vector");
    }
    java.util.Arrays.fill(packed, 0);
    double factor = MAX_CODE / (double) max;
    for (int i = 0; i < vector.length; i++) {
      int code = (int) Math.round(vector[i] * factor);
      packed[i >>> 2] |= (code & 0xFF) << ((i & 3) << 3);
    }
    return scaleOf(packed);
  }

  /** Returns {@code 1 / |codes|} of a packed face, or 0 for a zero face. */
  static float scaleOf(int[] packed) {
    long sum = 0;
    for (int word : packed) {
      for (int shift = 24; shift >= 0; shift -= 8) {
        int code = (word << shift) >> 24;
        sum += code * code;
      }
    }
    return sum == 0 ? 0f : (float) (1.0 / Math.sqrt(sum));
  }

  /** Returns code {@code i} of a packed face word array. */
  static int code(int word, int lane) {
    return (word << (24 - (lane << 3))) >> 24;
  }

  /** Writes the stored vector ({@code codes * scale}) of one face of a column group into {@code out}. */
  static void decode(int[][] columns, int j, float scale, float[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = code(columns[i >>> 2][j], i & 3) * scale;
    }
  }

  /**
   * Returns the similarity of a query to one stored face: {@code scale * sum(q[i] * code[i])},
   * summed in double in dimension order. Every index computes similarities with this method.
   */
  static float similarity(float[] query, int[][] columns, int j, float scale) {
    double sum = 0;
    for (int k = 0; k < columns.length; k++) {
      int word = columns[k][j];
      int base = k << 2;
      for (int lane = 0; lane < 4 && base + lane < query.length; lane++) {
        sum += (double) query[base + lane] * code(word, lane);
      }
    }
    return (float) (sum * scale);
  }

  /**
   * Adds to {@code acc[j]}, for {@code j} in {@code [lo, hi)}, the integer dot product of face
   * {@code j} with the int8 query {@code q} (length {@code 4 * columns.length}); {@code acc[j]}
   * must be zeroed by the caller.
   *
   * <p>Written for C2 (Java 17): the bounds checks up front let it drop the checks in the inner
   * loops and vectorise them, and two columns per step make the method too large to inline, so it
   * is compiled on its own instead of inside callers' loops, where it stays scalar (ten times slower).
   * A first pass reads one word per cache line of every column: independent loads whose misses
   * overlap, which makes the scan of a partition in main memory about 1.6 times faster; their sum
   * is returned only so that the loads are not optimised away (callers ignore it).
   */
  static int dot(int[][] columns, int lo, int hi, int[] q, int[] acc) {
    int words = columns.length;
    if (q.length < words << 2 || lo < 0 || hi > acc.length) {
      throw new IllegalArgumentException("kernel bounds: " + lo + ".." + hi + " of " + acc.length);
    }
    int touched = 0;
    for (int[] column : columns) {
      for (int j = lo; j < hi && j < column.length; j += 16) {
        touched += column[j];
      }
    }
    int k = 0;
    for (; k + 1 < words; k += 2) {
      int[] column = columns[k];
      int[] next = columns[k + 1];
      if (hi > column.length || hi > next.length) {
        throw new IllegalArgumentException("kernel bounds: " + hi + " beyond a column of " + column.length);
      }
      int q0 = q[k << 2];
      int q1 = q[(k << 2) + 1];
      int q2 = q[(k << 2) + 2];
      int q3 = q[(k << 2) + 3];
      for (int j = lo; j < hi; j++) {
        int w = column[j];
        acc[j] += ((w << 24) >> 24) * q0 + ((w << 16) >> 24) * q1 + ((w << 8) >> 24) * q2 + (w >> 24) * q3;
      }
      int q4 = q[(k << 2) + 4];
      int q5 = q[(k << 2) + 5];
      int q6 = q[(k << 2) + 6];
      int q7 = q[(k << 2) + 7];
      for (int j = lo; j < hi; j++) {
        int w = next[j];
        acc[j] += ((w << 24) >> 24) * q4 + ((w << 16) >> 24) * q5 + ((w << 8) >> 24) * q6 + (w >> 24) * q7;
      }
    }
    if (k < words) {
      int[] column = columns[k];
      if (hi > column.length) {
        throw new IllegalArgumentException("kernel bounds: " + hi + " beyond a column of " + column.length);
      }
      int q0 = q[k << 2];
      int q1 = q[(k << 2) + 1];
      int q2 = q[(k << 2) + 2];
      int q3 = q[(k << 2) + 3];
      for (int j = lo; j < hi; j++) {
        int w = column[j];
        acc[j] += ((w << 24) >> 24) * q0 + ((w << 16) >> 24) * q1 + ((w << 8) >> 24) * q2 + (w >> 24) * q3;
      }
    }
    return touched;
  }
}
