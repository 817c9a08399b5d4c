package org.kyc4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kyc4j.idn.testing.SyntheticFaces;

/**
 * Builds each face-search implementation once per size and prints one table row each: build time,
 * inserts per second, median and p99 query latency over the workload's queries (half with a
 * planted true match), recall against the exact answer, and bytes per face (as accounted by the
 * index, and as measured on the heap). Recall of kyc4j's indexes is measured against the exact
 * answer on the stored int8 vectors, that of the float-vector graph peers against the exact float
 * answer. A KYC4J row with the last 30 days as window follows. Single-threaded; numbers on a
 * shared machine are noisy.
 *
 * <p>Usage: {@code java -Xmx12g -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.FaceSearchReport
 * [sizes, default 100000,1000000] [queries, default 1000] [implementations, default all]}.
 */
public final class FaceSearchReport {
  private FaceSearchReport() {}

  /** Runs the report; see the class comment for the arguments. */
  public static void main(String[] args) {
    int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
        : new int[] {100_000, 1_000_000};
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Set<FaceImplementation> chosen = EnumSet.allOf(FaceImplementation.class);
    if (args.length > 2) {
      chosen.clear();
      Arrays.stream(args[2].split(",")).map(FaceImplementation::valueOf).forEach(chosen::add);
    }
    System.out.printf(Locale.ROOT, "%-12s %9s %8s %9s %10s %8s %8s %9s %9s  %s%n", "impl", "size", "build s",
        "insert/s", "median ms", "p99 ms", "recall", "B/face", "heap B/f", "note");
    for (int size : sizes) {
      report(size, queries, chosen);
    }
  }

  private static void report(int size, int queries, Set<FaceImplementation> chosen) {
    FaceWorkload workload = FaceWorkload.create(size, queries, 42L);
    long all = Long.MIN_VALUE;
    long now = workload.now();
    long monthAgo = now - 30 * FaceWorkload.DAY;
    FaceSearcher exact = FaceImplementation.EXACT_INT8.create(FaceWorkload.DIMENSION, size);
    Row exactRow = measure(exact, workload, all, Long.MAX_VALUE, null);
    List<Set<Integer>> truth = exactRow.answers;
    List<Set<Integer>> truthMonth = measure(exact, workload, monthAgo, now, exactRow).answers;
    exact = null;
    if (chosen.contains(FaceImplementation.EXACT_INT8)) {
      print(FaceImplementation.EXACT_INT8.name(), size, exactRow.withRecall(truth), "exact reference");
    }
    List<Set<Integer>> floatTruth = null;
    for (FaceImplementation implementation : chosen) {
      if (implementation == FaceImplementation.EXACT_INT8) {
        continue;
      }
      if (!implementation.measuredAt(size)) {
        System.out.printf(Locale.ROOT, "%-12s %9d   not built: at its insert rate (see the smaller size) this would take well over 5 minutes%n",
            implementation, size);
        continue;
      }
      FaceSearcher searcher = implementation.create(FaceWorkload.DIMENSION, size);
      Row row = measure(searcher, workload, all, Long.MAX_VALUE, null);
      if (implementation.graphPeer()) {
        floatTruth = floatTruth != null ? floatTruth : floatTruth(workload);
        print(implementation.name(), size, row.withRecall(floatTruth), "top-100 filtered, float vectors");
      } else {
        print(implementation.name(), size, row.withRecall(truth), "whole window");
        Row month = measure(searcher, workload, monthAgo, now, row);
        print(implementation.name(), size, month.withRecall(truthMonth), "last 30 of 365 days");
      }
    }
  }

  /** Builds (unless {@code built} is given) and queries a searcher. */
  private static Row measure(FaceSearcher searcher, FaceWorkload workload, long from, long to, Row built) {
    Row row = new Row();
    if (built == null) {
      long heapBefore = usedHeap();
      long start = System.nanoTime();
      workload.fill(searcher);
      row.buildSeconds = (System.nanoTime() - start) / 1e9;
      row.heapBytes = usedHeap() - heapBefore;
    } else {
      row.buildSeconds = built.buildSeconds;
      row.heapBytes = built.heapBytes;
    }
    row.accountedBytes = searcher.bytesUsed();
    row.size = workload.faces.length;
    float threshold = SyntheticFaces.matchThreshold();
    for (float[] query : workload.queries) {
      searcher.search(query, threshold, from, to, (slot, similarity) -> { });
    }
    long[] latencies = new long[workload.queries.length];
    for (int q = 0; q < latencies.length; q++) {
      Set<Integer> found = new HashSet<>();
      long start = System.nanoTime();
      searcher.search(workload.queries[q], threshold, from, to, (slot, similarity) -> found.add(slot));
      latencies[q] = System.nanoTime() - start;
      row.answers.add(found);
    }
    Arrays.sort(latencies);
    row.medianMillis = latencies[latencies.length / 2] / 1e6;
    row.p99Millis = latencies[(int) Math.ceil(0.99 * latencies.length) - 1] / 1e6;
    return row;
  }

  /** The exact answers on the float vectors (double-precision dot products), for the float peers. */
  private static List<Set<Integer>> floatTruth(FaceWorkload workload) {
    List<Set<Integer>> truth = new ArrayList<>();
    for (float[] query : workload.queries) {
      Set<Integer> matches = new HashSet<>();
      for (int i = 0; i < workload.faces.length; i++) {
        if (SyntheticFaces.cosine(query, workload.faces[i]) >= SyntheticFaces.matchThreshold()) {
          matches.add(i);
        }
      }
      truth.add(matches);
    }
    return truth;
  }

  private static void print(String name, int size, Row row, String note) {
    System.out.printf(Locale.ROOT, "%-12s %9d %8.1f %9.0f %10.3f %8.3f %8.4f %9s %9.0f  %s (%d/%d matches)%n", name, size,
        row.buildSeconds, size / row.buildSeconds, row.medianMillis, row.p99Millis, row.recall,
        row.accountedBytes < 0 ? "-" : String.format(Locale.ROOT, "%.0f", row.accountedBytes / (double) size),
        row.heapBytes / (double) size, note, row.found, row.truth);
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** One measured configuration. */
  private static final class Row {
    int size;
    double buildSeconds;
    long heapBytes;
    long accountedBytes;
    double medianMillis;
    double p99Millis;
    double recall;
    long found;
    long truth;
    final List<Set<Integer>> answers = new ArrayList<>();

    Row withRecall(List<Set<Integer>> expected) {
      found = 0;
      truth = 0;
      for (int q = 0; q < expected.size(); q++) {
        truth += expected.get(q).size();
        for (int slot : expected.get(q)) {
          found += answers.get(q).contains(slot) ? 1 : 0;
        }
      }
      recall = truth == 0 ? 1 : found / (double) truth;
      return this;
    }
  }
}
