package org.kyc4j.testing;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.kyc4j.spi.DocumentFields;

/**
 * The simulated defects applied to the card itself, before it is placed in the scene: glare,
 * halftone print, portrait swap and text edit. Each changes the card raster in place and returns
 * its label, with the region on the card it touched.
 */
final class CardDefects {
  private CardDefects() {}

  /** A bright specular blob (a Gaussian toward white) centred on the portrait, a printed field or the MRZ. */
  static DefectLabel glare(BufferedImage card, SyntheticDocument doc, double severity, Random random) {
    List<CardBox> targets = List.of(doc.portraitBox(), doc.mrzBox(),
        doc.printedBoxes().get(DocumentFields.SURNAME), doc.printedBoxes().get(DocumentFields.DOCUMENT_NUMBER));
    int target = random.nextInt(targets.size());
    CardBox box = targets.get(target);
    double radius = card.getHeight() * (0.08 + 0.1 * severity);
    double cx = box.centerX() + (random.nextDouble() - 0.5) * box.width() * 0.5;
    double cy = box.centerY() + (random.nextDouble() - 0.5) * box.height() * 0.3;
    double peak = 0.8 + 0.2 * severity;
    int[] px = Pixels.data(card);
    int w = card.getWidth();
    int h = card.getHeight();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double d2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy) * 2.2) / (radius * radius);
        if (d2 < 9) {
          double t = Math.min(1, peak * Math.exp(-d2) * 1.6);
          px[y * w + x] = Pixels.mix(px[y * w + x], 0xFFFFFF, t);
        }
      }
    }
    CardBox region = clip(cx - 1.2 * radius, cy - 0.8 * radius, cx + 1.2 * radius, cy + 0.8 * radius, w, h);
    return label(DocumentDefect.GLARE, severity, region, "target",
        List.of("portrait", "mrz", "surname", "documentNumber").get(target),
        "radius", fmt(radius), "peak", fmt(peak));
  }

  /**
   * A halftone print: a clustered-dot screen (cell {@code 4 + 4 * severity} px, 45 degrees) on the
   * grey image, or on each of C, M, Y at its own angle with the gamut halved toward grey.
   */
  static DefectLabel halftone(BufferedImage card, double severity, Random random) {
    boolean grey = random.nextBoolean();
    double cell = 4 + 4 * severity;
    int[] px = Pixels.data(card);
    int w = card.getWidth();
    double[] angles = {Math.toRadians(15), Math.toRadians(75), 0};
    for (int i = 0; i < px.length; i++) {
      int x = i % w;
      int y = i / w;
      int p = px[i];
      if (grey) {
        double lum = 0.299 * Pixels.red(p) + 0.587 * Pixels.green(p) + 0.114 * Pixels.blue(p);
        int v = dot(x, y, Math.toRadians(45), cell, 1 - lum / 255) ? 40 : 238;
        px[i] = Pixels.rgb(v, v, v - 4);
      } else {
        double lum = (Pixels.red(p) + Pixels.green(p) + Pixels.blue(p)) / 3.0;
        double[] c = {Pixels.red(p), Pixels.green(p), Pixels.blue(p)};
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
          double flat = (c[k] + lum) / 2;
          out[k] = dot(x, y, angles[k], cell, 1 - flat / 255) ? 60 : 240;
        }
        px[i] = Pixels.rgb(out[0], out[1], out[2]);
      }
    }
    return label(DocumentDefect.HALFTONE_PRINT, severity, null, "screen", grey ? "grey" : "cmy-reduced-gamut",
        "cell", fmt(cell));
  }

  private static boolean dot(int x, int y, double angle, double cell, double ink) {
    double u = (x * Math.cos(angle) + y * Math.sin(angle)) * 2 * Math.PI / cell;
    double v = (-x * Math.sin(angle) + y * Math.cos(angle)) * 2 * Math.PI / cell;
    double spot = (Math.cos(u) + Math.cos(v)) / 4 + 0.5;
    return ink > spot;
  }

  /** Another face pasted over the portrait, a little off its place and size, with hard edges. */
  static DefectLabel portraitSwap(BufferedImage card, SyntheticDocument doc, Portraits portraits, double severity,
      Random random) {
    Portraits.Portrait other = portraits.next(random, doc.portraitSource());
    CardBox box = doc.portraitBox();
    int shift = (int) Math.round(box.width() * (0.01 + 0.04 * severity));
    int dx = random.nextBoolean() ? shift : -shift;
    int dy = random.nextBoolean() ? shift : -shift;
    double size = 0.9 + 0.1 * random.nextDouble();
    int w = (int) (box.width() * size);
    int h = (int) (box.height() * size);
    int x = (int) Math.max(0, box.centerX() - w / 2.0 + dx);
    int y = (int) Math.max(0, box.centerY() - h / 2.0 + dy);
    Graphics2D g = card.createGraphics();
    try {
      g.drawImage(other.image(), x, y, w, h, null);
    } finally {
      g.dispose();
    }
    CardBox region = clip(x, y, x + w, y + h, card.getWidth(), card.getHeight());
    return label(DocumentDefect.PORTRAIT_SWAP, severity, region, "pasted", other.source());
  }

  /** A printed field covered by a flat patch of its background's mean colour and re-rendered with another value. */
  static DefectLabel textEdit(BufferedImage card, SyntheticDocument doc, double severity, Random random) {
    List<String> names = List.of(DocumentFields.DOCUMENT_NUMBER, DocumentFields.SURNAME,
        DocumentFields.DATE_OF_BIRTH, DocumentFields.EXPIRY);
    String field = names.get(random.nextInt(names.size()));
    CardBox box = doc.printedBoxes().get(field);
    String value = switch (field) {
      case DocumentFields.DOCUMENT_NUMBER -> SyntheticHolders.otherNumber(random, doc.fields().get(field));
      case DocumentFields.SURNAME -> doc.fields().get(field).equals("SMITH") ? "JONES" : "SMITH";
      default -> CardRenderer.printed(java.time.LocalDate.parse(doc.fields().get(field)).plusYears(
          random.nextBoolean() ? 7 : -7).plusDays(random.nextInt(20) + 1));
    };
    int pad = Math.max(2, box.height() / 6);
    int patchW = box.width() + 2 * pad + (int) (box.height() * severity);
    int patchColour = mean(card, box);
    Graphics2D g = card.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(new java.awt.Color(patchColour));
      g.fillRect(box.x() - pad, box.y() - pad, patchW, box.height() + 2 * pad);
      Font font = CardRenderer.valueFont(doc.kind());
      font = font.deriveFont(font.getSize2D() * (float) (1 + (random.nextBoolean() ? 0.05 : -0.05) * severity));
      int baseline = box.y() + g.getFontMetrics(CardRenderer.valueFont(doc.kind())).getAscent();
      CardRenderer.drawValue(g, font, value, box.x() + (int) Math.round(2 * severity), baseline);
    } finally {
      g.dispose();
    }
    CardBox region = clip(box.x() - pad, box.y() - pad, box.x() - pad + patchW, box.y() + box.height() + pad,
        card.getWidth(), card.getHeight());
    return label(DocumentDefect.TEXT_EDIT, severity, region, "field", field, "printed", value);
  }

  private static int mean(BufferedImage card, CardBox box) {
    long r = 0;
    long gsum = 0;
    long b = 0;
    int n = 0;
    for (int y = Math.max(0, box.y() - 4); y < Math.min(card.getHeight(), box.y() + box.height() + 4); y += 2) {
      int[] xs = {Math.max(0, box.x() - 6), Math.min(card.getWidth() - 1, box.x() + box.width() + 6)};
      for (int x : xs) {
        int p = card.getRGB(x, y);
        r += Pixels.red(p);
        gsum += Pixels.green(p);
        b += Pixels.blue(p);
        n++;
      }
    }
    return n == 0 ? 0xF0F0F0 : Pixels.rgb(r / (double) n, gsum / (double) n, b / (double) n);
  }

  static CardBox clip(double x0, double y0, double x1, double y1, int w, int h) {
    int left = (int) Math.max(0, Math.floor(x0));
    int top = (int) Math.max(0, Math.floor(y0));
    int right = (int) Math.min(w, Math.ceil(x1));
    int bottom = (int) Math.min(h, Math.ceil(y1));
    return new CardBox(Math.min(left, w - 1), Math.min(top, h - 1), Math.max(1, right - left), Math.max(1, bottom - top));
  }

  static DefectLabel label(DocumentDefect defect, double severity, CardBox region, String... parameters) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      map.put(parameters[i], parameters[i + 1]);
    }
    return new DefectLabel(defect, severity, Optional.ofNullable(region), map);
  }

  static String fmt(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
