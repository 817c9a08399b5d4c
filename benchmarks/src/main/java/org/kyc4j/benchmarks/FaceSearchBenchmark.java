package org.kyc4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.kyc4j.idn.testing.SyntheticFaces;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Face-search latency (sample time: median and p99 in the JMH output) of each implementation over
 * the whole time window, at the match threshold, on a {@link FaceWorkload} of 1,000 queries (half
 * with a planted true match). The graph peers are built only up to
 * {@link FaceImplementation#GRAPH_PEER_MAX_SIZE}; their larger combinations fail in setup with a
 * message saying so. Run: {@code java -jar benchmarks/target/benchmarks.jar FaceSearch}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class FaceSearchBenchmark {
  @Param({"KYC4J", "EXACT_INT8", "LUCENE_HNSW", "HNSWLIB"})
  FaceImplementation implementation;

  @Param({"100000", "1000000"})
  int size;

  private FaceWorkload workload;
  private FaceSearcher searcher;
  private int next;

  /** Builds the index once per trial. */
  @Setup(Level.Trial)
  public void build() {
    if (!implementation.measuredAt(size)) {
      throw new IllegalStateException(implementation + " is measured up to " + FaceImplementation.GRAPH_PEER_MAX_SIZE
          + " faces: at its insert rate, " + size + " would take well over 5 minutes to build");
    }
    workload = FaceWorkload.create(size, 1000, 42L);
    searcher = implementation.create(FaceWorkload.DIMENSION, size);
    workload.fill(searcher);
  }

  /** One threshold query, cycling through the workload's queries. */
  @Benchmark
  public void search(Blackhole blackhole) {
    float[] query = workload.queries[next];
    next = (next + 1) % workload.queries.length;
    searcher.search(query, SyntheticFaces.matchThreshold(), Long.MIN_VALUE, Long.MAX_VALUE,
        (slot, similarity) -> blackhole.consume(slot));
  }
}
