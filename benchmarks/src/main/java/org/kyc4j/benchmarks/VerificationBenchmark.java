package org.kyc4j.benchmarks;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.kyc4j.api.Decision;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
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
 * One whole REAL_ID verification with every detector on the class path: decoding a 1600x1000
 * document photo and five 640x480 selfie frames (JPEG), the document and anti-injection
 * detectors, and the decision. The images are generated (textured, seeded) so the benchmark
 * needs no data folder.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class VerificationBenchmark {
  /** Whether the anti-injection check runs (it scans every frame pair). */
  @Param({"CLOSED", "STANDARD"})
  public String antiInjection;

  private Kyc4j engine;
  private VerificationRequest request;

  @Setup(Level.Trial)
  public void setUp() {
    engine = BenchEngines.builder().build();
    Random random = new Random(42);
    Instant now = Instant.now();
    VerificationRequest.Builder builder = VerificationRequest.builder("bench-1", Product.REAL_ID)
        .config(ProductConfig.builder().antiInjection(org.kyc4j.api.Level.valueOf(antiInjection)).build())
        .document(new DocumentImage(Page.FRONT, jpeg(texture(1600, 1000, random)), now))
        .requestedAt(now);
    for (int i = 0; i < 5; i++) {
      builder.frame(new SelfieFrame(jpeg(texture(640, 480, random)), now.minusMillis(100L * (5 - i))));
    }
    request = builder.build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  @Benchmark
  public Decision verify() {
    return engine.verify(request);
  }

  /** A card-like picture: flat panels with printed-looking strokes and sensor-like noise. */
  static BufferedImage texture(int width, int height, Random random) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(200, 205, 190));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 200; i++) {
      g.setColor(new Color(random.nextInt(120), random.nextInt(120), random.nextInt(120)));
      g.fillRect(random.nextInt(width), random.nextInt(height), 4 + random.nextInt(width / 8), 2 + random.nextInt(6));
    }
    g.dispose();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgb = image.getRGB(x, y);
        int n = random.nextInt(9) - 4;
        int r = clamp(((rgb >> 16) & 0xFF) + n);
        int gr = clamp(((rgb >> 8) & 0xFF) + n);
        int b = clamp((rgb & 0xFF) + n);
        image.setRGB(x, y, (r << 16) | (gr << 8) | b);
      }
    }
    return image;
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  static byte[] jpeg(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpeg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
