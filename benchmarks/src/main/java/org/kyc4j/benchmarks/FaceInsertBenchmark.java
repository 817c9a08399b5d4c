package org.kyc4j.benchmarks;

import java.util.concurrent.TimeUnit;
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

/**
 * Insert throughput: the time of {@value #BATCH} adds into an index already holding
 * {@code prefill} faces (single shot per iteration; inserts per second = {@value #BATCH} / time).
 * Prefilling a graph peer with 100,000 faces takes minutes per iteration; use {@code -p prefill=0}
 * for them. Run: {@code java -jar benchmarks/target/benchmarks.jar FaceInsert}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, batchSize = FaceInsertBenchmark.BATCH)
@Measurement(iterations = 3, batchSize = FaceInsertBenchmark.BATCH)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class FaceInsertBenchmark {
  /** Adds per measured iteration. */
  public static final int BATCH = 20_000;

  @Param({"KYC4J", "EXACT_INT8", "LUCENE_HNSW", "HNSWLIB"})
  FaceImplementation implementation;

  @Param({"0", "100000"})
  int prefill;

  private FaceWorkload workload;
  private FaceSearcher searcher;
  private int next;

  /** Generates the faces once. */
  @Setup(Level.Trial)
  public void generate() {
    workload = FaceWorkload.create(prefill + BATCH, 0, 7L);
  }

  /** Builds the prefilled index before each iteration. */
  @Setup(Level.Iteration)
  public void prefill() {
    searcher = implementation.create(FaceWorkload.DIMENSION, prefill + BATCH);
    for (next = 0; next < prefill; next++) {
      searcher.add(next, workload.faces[next], workload.times[next]);
    }
  }

  /** One add. */
  @Benchmark
  public void add() {
    searcher.add(next, workload.faces[next], workload.times[next]);
    next++;
  }
}
