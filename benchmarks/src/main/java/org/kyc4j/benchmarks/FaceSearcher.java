package org.kyc4j.benchmarks;

import org.kyc4j.idn.internal.MatchSink;

/**
 * One face-search implementation under measurement: adds faces and answers threshold queries in
 * a time window. Implementations are single-threaded, like the benchmarks that drive them.
 */
public interface FaceSearcher {
  /** Adds a unit face under an id (0, 1, 2, ... in order) with its time. */
  void add(int id, float[] unitVector, long epochSecond);

  /** Reports the faces with cosine {@code >= threshold} in {@code [from, to]} that the implementation finds. */
  void search(float[] unitVector, float threshold, long from, long to, MatchSink sink);

  /** Returns the heap the implementation holds, as it accounts it, or -1 if it does not. */
  long bytesUsed();
}
