package org.kyc4j.benchmarks.face;

import java.util.concurrent.TimeUnit;
import org.kyc4j.api.RgbImage;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.spi.FaceLandmarks;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the iris model adds per selfie frame, on the 640x480 photo of {@link FaceBenchmark}: the whole
 * locate path (detection, landmarks, both eyes' iris readings), and the two iris readings alone (the
 * two eye crops the face path cuts, 2.3 times the corner distance, each scaled to 64x64 and read once),
 * and BlazeFace detection alone for scale (all three in one run, so they share the machine's load).
 * Run with {@code -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class IrisBenchmark {
  private FaceRecognizer recognizer;
  private RgbImage photo;
  private RgbImage rightEye;
  private RgbImage leftEye;

  /** Loads the models, reads the photo once and cuts its two eye crops. */
  @Setup(Level.Trial)
  public void setUp() {
    recognizer = FaceRecognizer.open();
    try (Kyc4j engine = Kyc4j.builder().build()) {
      photo = engine.decode(FaceBenchmark.photo("Aaron_Peirsol/Aaron_Peirsol_0001.jpg"));
    }
    FaceReading reading = recognizer.locate(photo);
    FaceLandmarks mesh = reading.landmarks().orElseThrow(() -> new IllegalStateException("no face in the photo"));
    rightEye = eye(mesh, 33, 133);
    leftEye = eye(mesh, 362, 263);
  }

  /** Frees the models. */
  @TearDown(Level.Trial)
  public void tearDown() {
    recognizer.close();
  }

  /** BlazeFace alone, for scale: the same photo's detection. */
  @Benchmark
  public Object detection() {
    return recognizer.detect(photo);
  }

  /** Detection, subject choice, 468 landmarks and both eyes' iris readings: one frame's locate. */
  @Benchmark
  public FaceReading locateWithIris() {
    return recognizer.locate(photo);
  }

  /** The two iris readings alone: what the iris model adds to each frame. */
  @Benchmark
  public double bothEyes() {
    return recognizer.eyeOpenness(rightEye) + recognizer.eyeOpenness(leftEye);
  }

  private RgbImage eye(FaceLandmarks mesh, int a, int b) {
    double side = 2.3 * Math.hypot(mesh.x(a) - mesh.x(b), mesh.y(a) - mesh.y(b));
    int x = (int) Math.max(0, Math.round((mesh.x(a) + mesh.x(b) - side) / 2));
    int y = (int) Math.max(0, Math.round((mesh.y(a) + mesh.y(b) - side) / 2));
    int s = (int) Math.round(side);
    return photo.crop(x, y, Math.min(s, photo.width() - x), Math.min(s, photo.height() - y));
  }
}
