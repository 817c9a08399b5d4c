package org.kyc4j.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.testing.SyntheticMrz.MrzHolder;

/**
 * Renders a synthetic card or data page upright: background, header, portrait, printed fields and
 * the MRZ in the JDK's logical {@code Monospaced} bold font (an OCR-B stand-in; no font is bundled or
 * downloaded). Positions are in millimetres of the ICAO 9303 sizes; an ID-1 card carries its TD1 MRZ
 * on the same face as the portrait (real TD1 cards print it on the back).
 */
final class CardRenderer {
  static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
  private static final Color INK = new Color(25, 25, 35);
  private static final Color LABEL = new Color(70, 70, 90);

  /** A rendered card and its ground truth. */
  record Rendered(BufferedImage card, SyntheticDocument document) {}

  /** The layout of one kind, in millimetres. */
  private record Layout(double pxPerMm, double portraitX, double portraitY, double portraitW, double portraitH,
      double fieldsX, double firstRow, double rowStep, double mrzTop, double firstBaseline, double linePitch,
      double mrzX, String title) {}

  private CardRenderer() {}

  private static Layout layout(SyntheticKind kind) {
    return kind == SyntheticKind.ID1_CARD
        ? new Layout(kind.width() / 85.6, 3.5, 9.0, 21.0, 26.0, 28.0, 10.5, 5.2, 36.4, 41.6, 4.5, 4.7,
            "IDENTITY CARD")
        : new Layout(kind.width() / 125.0, 6.0, 12.0, 32.0, 41.0, 44.0, 13.0, 6.6, 64.8, 73.0, 7.6, 6.6,
            "PASSPORT");
  }

  static Rendered render(SyntheticKind kind, MrzHolder holder, Portraits.Portrait portrait, Random random) {
    Layout layout = layout(kind);
    BufferedImage card = new BufferedImage(kind.width(), kind.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = card.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      int mrzTop = px(layout, layout.mrzTop());
      CardBackground.paint(g, kind.width(), kind.height(), mrzTop, random);
      header(g, kind, layout, holder.issuer());
      CardBox portraitBox = new CardBox(px(layout, layout.portraitX()), px(layout, layout.portraitY()),
          px(layout, layout.portraitW()), px(layout, layout.portraitH()));
      g.drawImage(portrait.image(), portraitBox.x(), portraitBox.y(), portraitBox.width(), portraitBox.height(), null);
      Map<String, CardBox> boxes = printFields(g, layout, holder);
      List<String> mrz = kind == SyntheticKind.ID1_CARD ? SyntheticMrz.td1(holder) : SyntheticMrz.td3(holder);
      CardBox mrzBox = printMrz(g, layout, mrz);
      return new Rendered(card, new SyntheticDocument(kind, mrz, fields(kind, holder, mrz), boxes, portraitBox,
          mrzBox, portrait.source()));
    } finally {
      g.dispose();
    }
  }

  /** Returns the printed (not MRZ) form of a field value. */
  static String printed(LocalDate date) {
    return PRINTED_DATE.format(date);
  }

  /** Returns the font printed field values use on {@code kind}. */
  static Font valueFont(SyntheticKind kind) {
    return new Font(Font.SANS_SERIF, Font.BOLD, px(layout(kind), 2.6));
  }

  private static void header(Graphics2D g, SyntheticKind kind, Layout layout, String issuer) {
    g.setColor(new Color(30, 50, 110, 200));
    g.fillRect(0, 0, kind.width(), px(layout, layout.portraitY() - 2.5));
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SERIF, Font.BOLD, px(layout, 3.6)));
    g.drawString(layout.title() + "   " + issuer + "   UTOPIA", px(layout, layout.portraitX()),
        px(layout, layout.portraitY() - 4.6));
  }

  private static Map<String, CardBox> printFields(Graphics2D g, Layout layout, MrzHolder holder) {
    Map<String, CardBox> boxes = new LinkedHashMap<>();
    String[][] rows = {
        {"Surname / Nom", DocumentFields.SURNAME, holder.surname()},
        {"Given names / Prenoms", DocumentFields.GIVEN_NAMES, holder.givenNames()},
        {"Date of birth", DocumentFields.DATE_OF_BIRTH, printed(holder.dateOfBirth())},
        {"Document no.", DocumentFields.DOCUMENT_NUMBER, holder.documentNumber()},
        {"Date of expiry", DocumentFields.EXPIRY, printed(holder.expiry())}};
    Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, px(layout, 1.7));
    Font valueFont = new Font(Font.SANS_SERIF, Font.BOLD, px(layout, 2.6));
    for (int i = 0; i < rows.length; i++) {
      double row = layout.firstRow() + i * layout.rowStep();
      g.setFont(labelFont);
      g.setColor(LABEL);
      g.drawString(rows[i][0], px(layout, layout.fieldsX()), px(layout, row));
      boxes.put(rows[i][1], drawValue(g, valueFont, rows[i][2], px(layout, layout.fieldsX()), px(layout, row + 3.0)));
    }
    double sideX = layout.fieldsX() + 27;
    double sexRow = layout.firstRow() + 2 * layout.rowStep();
    g.setFont(labelFont);
    g.setColor(LABEL);
    g.drawString("Sex", px(layout, sideX), px(layout, sexRow));
    g.drawString("Nationality", px(layout, sideX), px(layout, sexRow + 2 * layout.rowStep()));
    boxes.put(DocumentFields.SEX, drawValue(g, valueFont, String.valueOf(holder.sex()), px(layout, sideX),
        px(layout, sexRow + 3.0)));
    boxes.put(DocumentFields.NATIONALITY, drawValue(g, valueFont, holder.nationality(), px(layout, sideX),
        px(layout, sexRow + 2 * layout.rowStep() + 3.0)));
    return boxes;
  }

  /** Draws {@code text} at a baseline and returns its box. */
  static CardBox drawValue(Graphics2D g, Font font, String text, int x, int baseline) {
    g.setFont(font);
    g.setColor(INK);
    g.drawString(text, x, baseline);
    FontMetrics metrics = g.getFontMetrics();
    return new CardBox(x, Math.max(0, baseline - metrics.getAscent()), Math.max(1, metrics.stringWidth(text)),
        metrics.getAscent() + metrics.getDescent());
  }

  private static CardBox printMrz(Graphics2D g, Layout layout, List<String> lines) {
    double capMm = 2.4;
    g.setFont(new Font(Font.MONOSPACED, Font.BOLD, px(layout, capMm / 0.73)));
    g.setColor(INK);
    double pitch = 2.54;
    for (int line = 0; line < lines.size(); line++) {
      String text = lines.get(line);
      int baseline = px(layout, layout.firstBaseline() + line * layout.linePitch());
      for (int i = 0; i < text.length(); i++) {
        g.drawString(String.valueOf(text.charAt(i)), px(layout, layout.mrzX() + i * pitch), baseline);
      }
    }
    int top = px(layout, layout.firstBaseline() - capMm - 0.6);
    int bottom = px(layout, layout.firstBaseline() + (lines.size() - 1) * layout.linePitch() + 0.8);
    int right = px(layout, layout.mrzX() + lines.get(0).length() * pitch);
    return new CardBox(px(layout, layout.mrzX() - 0.5), top, right - px(layout, layout.mrzX() - 0.5), bottom - top);
  }

  private static Map<String, String> fields(SyntheticKind kind, MrzHolder holder, List<String> mrz) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(DocumentFields.DOCUMENT_TYPE, kind.type().code());
    fields.put(DocumentFields.FORMAT, kind.mrz().name());
    fields.put(DocumentFields.ISSUER, holder.issuer());
    fields.put(DocumentFields.DOCUMENT_NUMBER, holder.documentNumber());
    fields.put(DocumentFields.ID_NUMBER, holder.documentNumber());
    fields.put(DocumentFields.SURNAME, holder.surname());
    fields.put(DocumentFields.GIVEN_NAMES, holder.givenNames());
    fields.put(DocumentFields.NATIONALITY, holder.nationality());
    fields.put(DocumentFields.DATE_OF_BIRTH, holder.dateOfBirth().toString());
    fields.put(DocumentFields.SEX, String.valueOf(holder.sex()));
    fields.put(DocumentFields.EXPIRY, holder.expiry().toString());
    if (!holder.optionalData().isEmpty()) {
      fields.put(DocumentFields.OPTIONAL_DATA, holder.optionalData());
    }
    fields.put(DocumentFields.MRZ_LINES, String.join("|", mrz));
    return fields;
  }

  private static int px(Layout layout, double mm) {
    return (int) Math.round(mm * layout.pxPerMm());
  }
}
