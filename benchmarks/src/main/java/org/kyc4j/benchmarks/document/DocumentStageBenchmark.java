package org.kyc4j.benchmarks.document;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.kyc4j.api.Decision;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.benchmarks.BenchEngines;
import org.kyc4j.core.Kyc4j;
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

/**
 * One ID_RECOGNITION verification of a 12-megapixel phone-like photo (4000x3000 JPEG): the Canada
 * TD3 specimen of {@code id_documents_mrz} dev, scaled to 60% of the photo's width, tilted a few
 * degrees, on a textured background. It runs the whole document stage with every detector on the
 * class path (locate, quality, MRZ read, anti-spoofing) and the decision; the cost, not the outcome,
 * is measured. {@link #main} prints the per-detector timings of one decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class DocumentStageBenchmark {
  private Kyc4j engine;
  private VerificationRequest request;

  /** Builds the engine and the request. */
  @Setup(Level.Trial)
  public void setUp() {
    engine = BenchEngines.builder().build();
    request = request(Instant.now());
  }

  /** Closes the engine. */
  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  /** The whole verification: decoding the photo, the DOCUMENT stage, the decision. */
  @Benchmark
  public Decision verify() {
    return engine.verify(request);
  }

  static VerificationRequest request(Instant now) {
    return VerificationRequest.builder("bench-document", Product.ID_RECOGNITION).requestedAt(now)
        .document(new DocumentImage(Page.FRONT, jpeg(photo()), now)).build();
  }

  private static byte[] jpeg(BufferedImage image) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpeg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The specimen on a 4000x3000 textured background, tilted by 4 degrees. */
  static BufferedImage photo() {
    Path file = DataFolder.locate().require(DataSet.ID_DOCUMENTS_MRZ).resolve("images")
        .resolve("argmrz__passports__Canada.png");
    BufferedImage specimen;
    try {
      specimen = ImageIO.read(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("the document benchmark needs " + file, e);
    }
    BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(11);
    Graphics2D g = photo.createGraphics();
    for (int y = 0; y < 3000; y += 20) {
      for (int x = 0; x < 4000; x += 20) {
        int base = 90 + (x + y) / 100 + random.nextInt(30);
        g.setColor(new java.awt.Color(base, base - 10, base - 25));
        g.fillRect(x, y, 20, 20);
      }
    }
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    int width = 2400;
    int height = specimen.getHeight() * width / specimen.getWidth();
    g.rotate(Math.toRadians(4), 2000, 1500);
    g.drawImage(specimen, 2000 - width / 2, 1500 - height / 2, width, height, null);
    g.dispose();
    return photo;
  }

  /** Prints one decision's status, reasons and per-detector timings, after a warm-up decision. */
  public static void main(String[] args) {
    try (Kyc4j engine = BenchEngines.builder().build()) {
      VerificationRequest request = request(Instant.now());
      engine.verify(request);
      Decision decision = engine.verify(request);
      System.out.println(decision.status() + " " + decision.reasons());
      System.out.println("total " + decision.timings().total().toMillis() + " ms, decoding "
          + decision.timings().decoding().toMillis() + " ms");
      for (Map.Entry<String, java.time.Duration> entry : decision.timings().detectors().entrySet()) {
        System.out.println("  " + entry.getKey() + " " + entry.getValue().toMillis() + " ms");
      }
    }
  }
}
