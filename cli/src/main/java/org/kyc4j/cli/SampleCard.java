package org.kyc4j.cli;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;

/**
 * Draws the sample ID card of a {@link CardHolder} with Java2D: an ID-1 card (85.6 x 54 mm at about
 * 300 dpi) of ICAO's example state Utopia, marked SPECIMEN, with the portrait, the printed fields
 * and the TD1 MRZ in a monospaced font; then photographs it lying on a desk. Stateless.
 */
final class SampleCard {
  static final int WIDTH = 1012;
  static final int HEIGHT = 638;
  static final int PHOTO_WIDTH = 1280;
  static final int PHOTO_HEIGHT = 860;
  private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("dd MM yyyy");
  private static final Color INK = new Color(25, 25, 30);
  private static final Color LABEL = new Color(80, 90, 100);

  private SampleCard() {}

  /** Draws the front: portrait, name, dates, document number and the MRZ. */
  static BufferedImage front(CardHolder holder, BufferedImage face, Random random) {
    BufferedImage card = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(card);
    background(g, random);
    header(g, "IDENTITY CARD");
    int fx = (int) (face.getWidth() * 0.22);
    int fy = (int) (face.getHeight() * 0.18);
    int fw = (int) (face.getWidth() * 0.56);
    int fh = (int) (face.getHeight() * 0.69);
    g.drawImage(face, 40, 112, 308, 442, fx, fy, fx + fw, fy + fh, null);
    field(g, "Surname", holder.surname().toUpperCase(java.util.Locale.ROOT), 345, 140);
    field(g, "Given names", holder.givenNames().toUpperCase(java.util.Locale.ROOT), 345, 205);
    field(g, "Sex", holder.printedSex(), 345, 270);
    field(g, "Nationality", holder.issuer(), 455, 270);
    field(g, "Date of birth", printed(holder.dateOfBirth()), 640, 270);
    field(g, "Document no.", holder.documentNumber(), 345, 335);
    field(g, "Date of expiry", printed(holder.expiry()), 640, 335);
    mrz(g, holder.mrz());
    g.dispose();
    return card;
  }

  /** Draws the back: issuer text, a bar pattern and the MRZ again. */
  static BufferedImage back(CardHolder holder, Random random) {
    BufferedImage card = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(card);
    background(g, random);
    header(g, "RESIDENCE: UTOPIA CITY");
    g.setColor(INK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
    g.drawString("This card remains the property of the Republic of Utopia.", 40, 150);
    g.drawString("Issued " + printed(holder.expiry().minusYears(10)) + "  Authority: UTOPIA CITY", 40, 190);
    for (int x = 40; x < WIDTH - 40; x += 4 + random.nextInt(6)) {
      g.fillRect(x, 230, 1 + random.nextInt(4), 150);
    }
    mrz(g, holder.mrz());
    g.dispose();
    return card;
  }

  /** Returns a photo of the card lying slightly turned on a desk, with camera noise. */
  static BufferedImage photograph(BufferedImage card, Random random) {
    BufferedImage photo = new BufferedImage(PHOTO_WIDTH, PHOTO_HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = graphics(photo);
    g.setPaint(new GradientPaint(0, 0, new Color(128, 106, 84), PHOTO_WIDTH, PHOTO_HEIGHT, new Color(92, 76, 60)));
    g.fillRect(0, 0, PHOTO_WIDTH, PHOTO_HEIGHT);
    AffineTransform place = new AffineTransform();
    place.translate(PHOTO_WIDTH / 2.0 + random.nextGaussian() * 12, PHOTO_HEIGHT / 2.0 + random.nextGaussian() * 12);
    place.rotate(Math.toRadians(random.nextGaussian() * 1.2));
    place.translate(-WIDTH / 2.0, -HEIGHT / 2.0);
    RoundRectangle2D outline = new RoundRectangle2D.Double(0, 0, WIDTH, HEIGHT, 40, 40);
    AffineTransform shadow = new AffineTransform(place);
    shadow.preConcatenate(AffineTransform.getTranslateInstance(8, 11));
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
    g.setColor(Color.BLACK);
    g.fill(shadow.createTransformedShape(outline));
    g.setComposite(AlphaComposite.SrcOver);
    g.setClip(place.createTransformedShape(outline));
    g.drawImage(card, place, null);
    g.dispose();
    Images.addNoise(photo, random, 2.0, 1 + random.nextGaussian() * 0.02);
    return photo;
  }

  private static Graphics2D graphics(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    return g;
  }

  /** A pale gradient with guilloche-like waves, as security printing has. */
  private static void background(Graphics2D g, Random random) {
    g.setPaint(new GradientPaint(0, 0, new Color(232, 241, 236), WIDTH, HEIGHT, new Color(212, 226, 240)));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setStroke(new BasicStroke(1.2f));
    g.setColor(new Color(176, 200, 212));
    double phase = random.nextDouble() * Math.PI * 2;
    for (int k = 0; k < 16; k++) {
      Path2D wave = new Path2D.Double();
      double base = 100 + k * 34;
      wave.moveTo(0, base);
      for (int x = 4; x <= WIDTH; x += 4) {
        wave.lineTo(x, base + 14 * Math.sin(x * 0.021 + phase + k * 0.7) + 6 * Math.sin(x * 0.067 + k));
      }
      g.draw(wave);
    }
  }

  private static void header(Graphics2D g, String title) {
    g.setColor(new Color(28, 68, 110));
    g.fillRect(0, 0, WIDTH, 88);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
    g.drawString("UTOPIA", 40, 60);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
    int width = g.getFontMetrics().stringWidth(title);
    g.drawString(title, WIDTH - 40 - width, 45);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    width = g.getFontMetrics().stringWidth("SPECIMEN");
    g.drawString("SPECIMEN", WIDTH - 40 - width, 72);
  }

  private static void field(Graphics2D g, String label, String value, int x, int y) {
    g.setColor(LABEL);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
    g.drawString(label, x, y);
    g.setColor(INK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 27));
    g.drawString(value, x, y + 33);
  }

  /** The MRZ band: three lines spread over the card's width in a monospaced font. */
  private static void mrz(Graphics2D g, List<String> lines) {
    g.setColor(new Color(246, 246, 240));
    g.fillRect(0, 462, WIDTH, HEIGHT - 462);
    g.setColor(INK);
    Font font = new Font(Font.MONOSPACED, Font.PLAIN, 48);
    g.setFont(font);
    int width = g.getFontMetrics().stringWidth(lines.get(0));
    int x = Math.max(20, (WIDTH - width) / 2);
    for (int i = 0; i < lines.size(); i++) {
      g.drawString(lines.get(i), x, 515 + i * 54);
    }
  }

  private static String printed(LocalDate date) {
    return date.format(PRINTED_DATE);
  }
}
