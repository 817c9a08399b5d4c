package org.kyc4j.benchmarks.document;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.kyc4j.api.Level;
import org.kyc4j.api.Page;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.DocumentLocator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The locate step alone ({@link DocumentLocator}: find, rectify, MRZ-band orientation) on a
 * generated 12-megapixel (4000x3000) photo of an ID-1 card turned by 6 degrees on a cluttered
 * background. Run with {@code -t 1}:
 * {@code java -jar benchmarks/target/benchmarks.jar DocumentLocateBenchmark -t 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class DocumentLocateBenchmark {
  private final DocumentLocator locator = new DocumentLocator();
  private RgbImage photo;

  /** Draws the photo and loads OpenCV. */
  @Setup
  public void setUp() {
    photo = photo(4000, 3000, new Random(20251202L));
    locator.locate(Page.FRONT, photo, Level.STANDARD);
  }

  /** Locates and rectifies the card. */
  @Benchmark
  public DocumentLocator.Location locate() {
    return locator.locate(Page.FRONT, photo, Level.STANDARD);
  }

  static RgbImage photo(int width, int height, Random random) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(90, 70, 50), width, height, new Color(60, 50, 45)));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(random.nextInt(200), random.nextInt(200), random.nextInt(200)));
      g.fillOval(random.nextInt(width), random.nextInt(height), 40 + random.nextInt(200), 40 + random.nextInt(200));
    }
    g.rotate(Math.toRadians(6), width / 2.0, height / 2.0);
    int cw = 2400;
    int ch = (int) (cw / 1.586);
    int x = (width - cw) / 2;
    int y = (height - ch) / 2;
    g.setColor(new Color(232, 236, 240));
    g.fillRect(x, y, cw, ch);
    g.setColor(new Color(40, 40, 50));
    g.fillRect(x + 110, y + 250, 560, 720);
    for (int row = 0; row < 7; row++) {
      g.fillRect(x + 780, y + 280 + row * 100, 300 + random.nextInt(800), 40);
    }
    for (int line = 0; line < 2; line++) {
      for (int c = 0; c < 36; c++) {
        g.fillRect(x + 90 + c * 62, y + 1170 + line * 140, 40, 72);
      }
    }
    g.dispose();
    return RgbImage.of(width, height, image.getRGB(0, 0, width, height, null, 0, width));
  }
}
