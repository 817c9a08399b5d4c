package org.kyc4j.liveness.quality;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.kyc4j.api.Level;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;
import org.kyc4j.testing.TestImages;

/**
 * Test helper: FACE_CAPTURE requests with the liveness level given, NUAA frames (skipped without the set) and
 * a constructed darkened copy of one (every channel times 0.08).
 */
final class QualityRequests {
  static final Instant AT = Instant.parse("2025-03-01T10:15:30Z");
  static final String REAL = "real/0001/0001_00_00_01_0.jpg";
  static final String PRINT = "spoof/0001/0001_00_00_01_0.jpg";

  private QualityRequests() {}

  static byte[] nuaa(String file) {
    return read(DataSets.require(DataSet.NUAA_PRINT_ATTACK).resolve(file));
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The photo with every channel scaled by {@code gain}, as PNG. */
  static byte[] darkened(byte[] photo, double gain) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo));
      BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int p = image.getRGB(x, y);
          int r = (int) (((p >> 16) & 0xff) * gain);
          int g = (int) (((p >> 8) & 0xff) * gain);
          int b = (int) ((p & 0xff) * gain);
          out.setRGB(x, y, r << 16 | g << 8 | b);
        }
      }
      return TestImages.png(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static VerificationRequest capture(String id, Level level, List<byte[]> frames) {
    VerificationRequest.Builder builder = VerificationRequest.builder(id, Product.FACE_CAPTURE)
        .config(ProductConfig.builder().liveness(level).build()).requestedAt(AT);
    for (int i = 0; i < frames.size(); i++) {
      builder.frame(new SelfieFrame(frames.get(i), AT.minusMillis(500 - 33L * i)));
    }
    return builder.build();
  }
}
