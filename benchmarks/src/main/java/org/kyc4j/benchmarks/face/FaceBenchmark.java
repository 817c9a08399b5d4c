package org.kyc4j.benchmarks.face;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Product;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.liveness.face.FaceRecognizer;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.kyc4j.spi.FaceBox;

/**
 * The face models on 640x480 photos (an LFW dev photo scaled into the middle of a grey frame):
 * detection, detection plus landmarks, the descriptor of one face (chip and mirror), and a whole
 * Face Compare of two encoded photos through the engine. Run with {@code -t 1} and {@code -t 2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class FaceBenchmark {
  private FaceRecognizer recognizer;
  private Kyc4j engine;
  private RgbImage photo;
  private FaceReading located;
  private VerificationRequest compare;

  /** Loads the models and prepares the photos. */
  @Setup(Level.Trial)
  public void setUp() {
    byte[] a = photo("Aaron_Peirsol/Aaron_Peirsol_0001.jpg");
    byte[] b = photo("Aaron_Peirsol/Aaron_Peirsol_0002.jpg");
    recognizer = FaceRecognizer.open();
    engine = Kyc4j.builder().build();
    photo = engine.decode(a);
    located = recognizer.locate(photo);
    Instant now = Instant.now();
    compare = VerificationRequest.builder("bench-compare", Product.FACE_COMPARE).requestedAt(now).compare(a, b).build();
  }

  /** Frees the models. */
  @TearDown(Level.Trial)
  public void tearDown() {
    recognizer.close();
    engine.close();
  }

  /** BlazeFace on one photo, anchors decoded and blended. */
  @Benchmark
  public List<FaceBox> detection() {
    return recognizer.detect(photo);
  }

  /** Detection, subject choice and the 468 face-mesh landmarks. */
  @Benchmark
  public FaceReading detectionAndLandmarks() {
    return recognizer.locate(photo);
  }

  /** Alignment to the 150x150 chip and dlib's descriptor of the chip and its mirror (one batch). */
  @Benchmark
  public FaceReading descriptor() {
    return recognizer.describe(photo, located);
  }

  /** A whole FACE_COMPARE verification of two encoded 640x480 photos with every installed detector. */
  @Benchmark
  public Decision faceCompare() {
    return engine.verify(compare);
  }

  static byte[] photo(String name) {
    Path file = DataFolder.locate().require(DataSet.LFW_FACES).resolve("images").resolve(name);
    try {
      BufferedImage face = ImageIO.read(Files.newInputStream(file));
      BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = frame.createGraphics();
      g.setColor(new Color(0x808080));
      g.fillRect(0, 0, 640, 480);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(face, 170, 90, 300, 300, null);
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(frame, "jpeg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the face benchmark needs the dev data (" + file + ")", e);
    }
  }
}
