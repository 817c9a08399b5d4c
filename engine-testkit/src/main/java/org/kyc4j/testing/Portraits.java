package org.kyc4j.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;

/**
 * Portraits for synthetic documents: real faces from the {@code lfw_faces} dev set (its 250 x 250
 * crops, cut to the head and shoulders) when the data folder has it, otherwise faces drawn from
 * ellipses. Immutable after construction; thread-safe.
 */
final class Portraits {
  /** A portrait and where it came from ({@code lfw_faces:images/...} or {@code drawn}). */
  record Portrait(BufferedImage image, String source) {}

  private final Path root;
  private final List<String> files;

  private Portraits(Path root, List<String> files) {
    this.root = root;
    this.files = List.copyOf(files);
  }

  /** Returns the portraits of {@code folder}'s {@code lfw_faces}, or drawn ones when it is absent. */
  static Portraits of(DataFolder folder) {
    Optional<Path> lfw = folder.find(DataSet.LFW_FACES);
    if (lfw.isEmpty()) {
      return drawnOnly();
    }
    try (Stream<String> lines = Files.lines(lfw.get().resolve("labels.csv"))) {
      List<String> files = new ArrayList<>();
      lines.skip(1).map(line -> line.split(",", -1)[0]).filter(f -> f.endsWith(".jpg")).forEach(files::add);
      return new Portraits(lfw.get(), files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + lfw.get().resolve("labels.csv"), e);
    }
  }

  /** Returns portraits that are all drawn. */
  static Portraits drawnOnly() {
    return new Portraits(null, List.of());
  }

  boolean real() {
    return !files.isEmpty();
  }

  /** Returns a random portrait, other than the one of {@code avoid}'s identity (a folder of LFW) when given. */
  Portrait next(Random random, String avoid) {
    if (files.isEmpty()) {
      return new Portrait(drawn(random), "drawn");
    }
    String file = files.get(random.nextInt(files.size()));
    for (int i = 0; i < 20 && avoid != null && sameIdentity(file, avoid); i++) {
      file = files.get(random.nextInt(files.size()));
    }
    return new Portrait(crop(read(root.resolve(file))), "lfw_faces:" + file);
  }

  private static boolean sameIdentity(String file, String source) {
    String folder = file.substring(0, file.lastIndexOf('/') + 1);
    return source.contains(folder);
  }

  private static BufferedImage read(Path file) {
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new IOException("not an image");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read portrait " + file, e);
    }
  }

  private static BufferedImage crop(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int x = w * 55 / 250;
    int y = h * 38 / 250;
    return image.getSubimage(x, y, Math.min(w - x, w * 140 / 250), Math.min(h - y, h * 178 / 250));
  }

  /** Draws a plain head-and-shoulders face on a light backdrop. */
  static BufferedImage drawn(Random random) {
    int w = 280;
    int h = 350;
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(200 + random.nextInt(30), 210 + random.nextInt(30), 225 + random.nextInt(30)));
      g.fillRect(0, 0, w, h);
      Color skin = Color.getHSBColor(0.05f + 0.03f * random.nextFloat(), 0.3f + 0.35f * random.nextFloat(),
          0.45f + 0.5f * random.nextFloat());
      Color cloth = Color.getHSBColor(random.nextFloat(), 0.5f, 0.3f + 0.4f * random.nextFloat());
      g.setColor(cloth);
      g.fillOval(20, 270, 240, 200);
      g.setColor(skin.darker());
      g.fillRect(115, 220, 50, 70);
      g.setColor(new Color(40 + random.nextInt(60), 30 + random.nextInt(40), 20 + random.nextInt(30)));
      g.fillOval(62, 45, 156, 120);
      g.setColor(skin);
      g.fillOval(75, 70, 130, 170);
      g.setColor(new Color(40, 35, 30));
      int eyeY = 135 + random.nextInt(10);
      g.fillOval(102, eyeY, 18, 10);
      g.fillOval(160, eyeY, 18, 10);
      g.setColor(skin.darker());
      g.drawLine(140, eyeY + 10, 134, eyeY + 45);
      g.drawLine(134, eyeY + 45, 146, eyeY + 45);
      g.setColor(new Color(150, 60, 60));
      g.fillRoundRect(118, eyeY + 62, 44, 9, 8, 8);
    } finally {
      g.dispose();
    }
    return image;
  }
}
