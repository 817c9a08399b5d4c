package org.kyc4j.benchmarks.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.kyc4j.models.MiniFasNet;
import org.kyc4j.models.MiniFasNetVariant;
import org.kyc4j.models.TorchRuntime;
import org.kyc4j.testdata.ModelFolder;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One MiniFASNet inference on one 80x80 face crop (the golden face of the shared model folder's
 * {@code minifasnet}, located by {@link ModelFolder}), per variant. Run with {@code -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class MiniFasNetBenchmark {
  /** The network measured. */
  @Param({"V2", "V1SE"})
  public MiniFasNetVariant variant;

  private TorchRuntime runtime;
  private MiniFasNet net;
  private byte[] crop;

  /** Loads the weights and the crop. */
  @Setup(Level.Trial)
  public void setUp() {
    ModelFolder models = ModelFolder.locate();
    Path folder = models.find("minifasnet")
        .orElseThrow(() -> new IllegalStateException(models.absence("minifasnet")));
    runtime = TorchRuntime.start();
    net = MiniFasNet.load(runtime, variant, folder.resolve(variant.fileName()));
    try {
      crop = Files.readAllBytes(folder.resolve("golden/face-80x80.bgr"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Frees the weights. */
  @TearDown(Level.Trial)
  public void tearDown() {
    runtime.close();
  }

  /** The 3 logits of one crop. */
  @Benchmark
  public float[] logits() {
    return net.logits(crop);
  }
}
