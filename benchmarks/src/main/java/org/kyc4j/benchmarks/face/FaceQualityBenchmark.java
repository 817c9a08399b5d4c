package org.kyc4j.benchmarks.face;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.kyc4j.api.RgbImage;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.liveness.quality.FaceQualityMeasures;
import org.kyc4j.liveness.quality.FaceQualityReading;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every face-quality measure ({@code face.quality}, without the face reading, which {@code face.selfie} has
 * already done) on one real frame: a 640 x 480 NUAA webcam frame (face about 180 px wide) or a 400 x 640 phone
 * selfie (face about 300 px wide). Run with {@code -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class FaceQualityBenchmark {
  /** The frame measured. */
  @Param({"nuaa", "selfie"})
  public String frame;

  private RgbImage image;
  private FrameFaces faces;

  /** Reads the frame and its face once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    DataFolder data = DataFolder.locate();
    image = LfwFaces.load(frame.equals("nuaa")
        ? data.require(DataSet.NUAA_PRINT_ATTACK).resolve("real/0001/0001_00_00_01_0.jpg")
        : data.require(DataSet.SELFIE_LIVENESS_PAIRS).resolve("real/test1/normal.jpg"));
    try (FaceRecognizer recognizer = FaceRecognizer.open()) {
      faces = recognizer.locate(image).frame();
    }
  }

  /** Every measure of the frame's face. */
  @Benchmark
  public FaceQualityReading measure() {
    return FaceQualityMeasures.measure(image, faces);
  }
}
