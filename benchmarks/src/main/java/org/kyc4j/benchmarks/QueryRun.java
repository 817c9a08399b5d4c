package org.kyc4j.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kyc4j.idn.internal.FaceIndex;

/**
 * The answers and latencies of one index to a list of threshold queries over the whole time range,
 * each with the slot of its true match: how many true matches were found, how many other faces
 * were reported, and the query times of every timed pass (after one warm-up pass). Not thread-safe.
 */
final class QueryRun {
  final List<Set<Integer>> answers = new ArrayList<>();
  int found;
  long falseHits;
  private final long[] nanos;

  private QueryRun(int timings) {
    nanos = new long[timings];
  }

  /** Runs the queries once to warm up, then {@code passes} timed times, keeping the last answers. */
  static QueryRun of(FaceIndex index, List<float[]> queries, List<Integer> truth, float threshold, int passes) {
    for (float[] query : queries) {
      index.search(query, threshold, Long.MIN_VALUE, Long.MAX_VALUE, (slot, similarity) -> { });
    }
    QueryRun run = new QueryRun(passes * queries.size());
    for (int pass = 0; pass < passes; pass++) {
      run.answers.clear();
      for (int q = 0; q < queries.size(); q++) {
        Set<Integer> hits = new HashSet<>();
        long start = System.nanoTime();
        index.search(queries.get(q), threshold, Long.MIN_VALUE, Long.MAX_VALUE, (slot, similarity) -> hits.add(slot));
        run.nanos[pass * queries.size() + q] = System.nanoTime() - start;
        run.answers.add(hits);
      }
    }
    for (int q = 0; q < queries.size(); q++) {
      boolean hit = run.answers.get(q).contains(truth.get(q));
      run.found += hit ? 1 : 0;
      run.falseHits += run.answers.get(q).size() - (hit ? 1 : 0);
    }
    Arrays.sort(run.nanos);
    return run;
  }

  /** Returns a percentile (0..1) of the timed query times in milliseconds. */
  double percentileMillis(double p) {
    return nanos[Math.max(0, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
  }

  /** Describes how many of the reference's reported faces this run reported too. */
  String agreement(QueryRun reference) {
    long shared = 0;
    long total = 0;
    for (int q = 0; q < answers.size(); q++) {
      total += reference.answers.get(q).size();
      for (int slot : reference.answers.get(q)) {
        shared += answers.get(q).contains(slot) ? 1 : 0;
      }
    }
    return String.format(Locale.ROOT, "%d/%d reported faces (%.4f)", shared, total,
        total == 0 ? 1.0 : shared / (double) total);
  }
}
