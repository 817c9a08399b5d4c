package org.kyc4j.benchmarks.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kyc4j.api.RgbImage;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.liveness.passive.PassiveCues;
import org.kyc4j.liveness.passive.TextureScore;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The non-texture passive cues on the first real selfie pair of the dev set: the spectral cues of one
 * frame (two 128x128 FFTs) and the parallax between the two frames (a homography fitted to 468 points).
 * The faces are read once in setup. Run with {@code -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PassiveCueBenchmark {
  private RgbImage image;
  private FaceBox box;
  private FrameFaces normal;
  private FrameFaces zoomed;

  /** Reads the pair's faces. */
  @Setup(Level.Trial)
  public void setUp() {
    Path pairs = DataFolder.locate().require(DataSet.SELFIE_LIVENESS_PAIRS);
    try (FaceRecognizer recognizer = FaceRecognizer.open()) {
      image = LfwFaces.load(pairs.resolve("real/test1/normal.jpg"));
      normal = recognizer.locate(image).frame();
      zoomed = recognizer.locate(LfwFaces.load(pairs.resolve("real/test1/zoomed.jpg"))).frame();
      box = normal.subject().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Spectral cues of one frame (the texture score is given, not computed). */
  @Benchmark
  public double[] spectrum() {
    return PassiveCues.frameCues(image, box, new TextureScore(0.9, 0.9));
  }

  /** Parallax between the two frames. */
  @Benchmark
  public Map<String, Double> parallax() {
    return PassiveCues.parallax(normal, zoomed);
  }
}
