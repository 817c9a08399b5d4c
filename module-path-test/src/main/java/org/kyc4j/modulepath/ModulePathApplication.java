package org.kyc4j.modulepath;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.kyc4j.api.Decision;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.idn.LiteIdentityNetwork;

/**
 * Builds an engine with ServiceLoader discovery and an identity network, as an application on the
 * module path would, and verifies one generated applicant. Run it with
 * {@code java --module-path ... -m org.kyc4j.modulepath/org.kyc4j.modulepath.ModulePathApplication}.
 */
public final class ModulePathApplication {
  /** The instant the engine's clock stands at and the request is made. */
  public static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");

  private ModulePathApplication() {}

  /** Returns an engine with every detector the module path provides, at {@link #AT}. */
  public static Kyc4j engine() {
    return Kyc4j.builder().clock(Clock.fixed(AT, ZoneOffset.UTC))
        .identityNetwork(LiteIdentityNetwork.builder().build()).build();
  }

  /** Returns a REAL_ID request: a small drawn card (too small for {@code example.photo-size}) and one frame. */
  public static VerificationRequest applicant() {
    return VerificationRequest.builder("module-path-1", Product.REAL_ID).requestedAt(AT)
        .document(new DocumentImage(Page.FRONT, png(card(320, 200)), AT))
        .frame(new SelfieFrame(png(card(160, 120)), AT)).build();
  }

  /** Prints the plan and the decision of {@link #applicant()}. */
  public static void main(String[] args) {
    try (Kyc4j engine = engine()) {
      System.out.println(engine.plan());
      Decision decision = engine.verify(applicant());
      System.out.println(decision.status() + " " + decision.reasons());
    }
  }

  private static BufferedImage card(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(225, 225, 215));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(40, 40, 60));
    for (int y = height / 5; y < height * 4 / 5; y += height / 8) {
      g.fillRect(width / 10, y, width / 2, height / 20 + 1);
    }
    g.dispose();
    return image;
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
