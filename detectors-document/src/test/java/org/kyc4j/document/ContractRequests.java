package org.kyc4j.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.DocumentType;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.testing.TestImages;

/** Requests and images shared by the document detectors' contract tests. */
final class ContractRequests {
  static final Instant AT = Instant.parse("2025-06-15T12:00:00Z");
  static final String UPPER = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  /** The ICAO specimen with its expiry moved to 2030-04-15 and the check digits recomputed. */
  static final String LOWER_VALID = "L898902C36UTO7408122F3004157ZE184226B<<<<<16";
  /** The ICAO specimen as published: it expired on 2012-04-15. */
  static final String LOWER_EXPIRED = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
  private static final long SEED = 20250615L;

  private ContractRequests() {}

  /** Returns an ID_RECOGNITION request with one front photo. */
  static VerificationRequest request(String transactionId, Subject subject, byte[] front) {
    return VerificationRequest.builder(transactionId, Product.ID_RECOGNITION)
        .subject(subject)
        .document(new DocumentImage(Page.FRONT, front, AT))
        .requestedAt(AT)
        .build();
  }

  /** Returns a request whose subject claims the given MRZ lines and document type. */
  static VerificationRequest mrz(String transactionId, DocumentType type, String... lines) {
    return request(transactionId, Subject.builder().documentType(type).mrzLines(List.of(lines)).build(),
        TestImages.png(TestImages.noise(64, 40, SEED)));
  }

  /** Returns a request with a front photo and an anonymous subject. */
  static VerificationRequest photo(String transactionId, BufferedImage front) {
    return request(transactionId, Subject.ANONYMOUS, TestImages.png(front));
  }

  /** Returns a seeded card-like page: light card with dark marks on a grey table. */
  static BufferedImage card(int width, int height) {
    System.out.println("ContractRequests.card seed=" + SEED);
    Random random = new Random(SEED);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(110, 110, 110));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(225, 225, 225));
    g.fillRect(width / 10, height / 10, width * 8 / 10, height * 8 / 10);
    for (int i = 0; i < width * height / 400; i++) {
      int grey = 20 + random.nextInt(60);
      g.setColor(new Color(grey, grey, grey));
      g.fillRect(width / 10 + random.nextInt(width * 7 / 10), height / 10 + random.nextInt(height * 7 / 10),
          2 + random.nextInt(width / 40), 2 + random.nextInt(height / 40));
    }
    g.dispose();
    return image;
  }

  /** Returns the card with every channel scaled by {@code factor}. */
  static BufferedImage darkened(BufferedImage image, double factor) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = new Color(image.getRGB(x, y));
        out.setRGB(x, y, new Color((int) (c.getRed() * factor), (int) (c.getGreen() * factor),
            (int) (c.getBlue() * factor)).getRGB());
      }
    }
    return out;
  }

  /** Returns the card with a white highlight of the given radius at its centre, fading out. */
  static BufferedImage withGlare(BufferedImage image, float radius) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, 0, 0, null);
    Point2D centre = new Point2D.Float(image.getWidth() / 2f, image.getHeight() / 2f);
    g.setPaint(new RadialGradientPaint(centre, radius, new float[] {0f, 0.6f, 1f},
        new Color[] {Color.WHITE, Color.WHITE, new Color(255, 255, 255, 0)},
        MultipleGradientPaint.CycleMethod.NO_CYCLE));
    g.fillOval((int) (centre.getX() - radius), (int) (centre.getY() - radius), (int) (2 * radius),
        (int) (2 * radius));
    g.dispose();
    return out;
  }
}
