package org.kyc4j.testing;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.DocumentQuad;

/**
 * The simulated recompression defect: a card region (the portrait or a printed field) is replaced
 * by the same pixels after a JPEG round trip at a low quality on a block grid shifted by a few
 * pixels (as a region spliced from another JPEG would be), then the whole photo is saved at a
 * quality lower than a clean scene's. The region is thus compressed twice, misaligned, and the
 * rest once.
 */
final class Recompression {
  /** The encoded photo and its label. */
  record Result(byte[] jpeg, DefectLabel label) {}

  private Recompression() {}

  static Result apply(BufferedImage scene, SyntheticDocument doc, Homography toScene, double severity,
      Random random) {
    float first = (float) (0.35 - 0.2 * severity);
    float last = 0.8f;
    List<String> names = List.of("portrait", DocumentFields.SURNAME, DocumentFields.DOCUMENT_NUMBER);
    String target = names.get(random.nextInt(names.size()));
    CardBox box = target.equals("portrait") ? doc.portraitBox() : grow(doc.printedBoxes().get(target), doc);
    int dx = 1 + random.nextInt(7);
    int dy = 1 + random.nextInt(7);
    BufferedImage shifted = shift(scene, dx, dy);
    BufferedImage once = SyntheticDocuments.decode(TestImages.jpeg(shifted, first));
    DocumentQuad area = toScene.map(box);
    double[] c = area.coordinates();
    int x0 = (int) Math.max(0, Math.min(Math.min(c[0], c[2]), Math.min(c[4], c[6])));
    int x1 = (int) Math.min(scene.getWidth() - 1, Math.max(Math.max(c[0], c[2]), Math.max(c[4], c[6])));
    int y0 = (int) Math.max(0, Math.min(Math.min(c[1], c[3]), Math.min(c[5], c[7])));
    int y1 = (int) Math.min(scene.getHeight() - 1, Math.max(Math.max(c[1], c[3]), Math.max(c[5], c[7])));
    int[] dst = Pixels.data(scene);
    int[] src = Pixels.data(once);
    int w = scene.getWidth();
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        int sx = Math.min(w - 1, x + dx);
        int sy = Math.min(scene.getHeight() - 1, y + dy);
        dst[y * w + x] = src[sy * w + sx];
      }
    }
    DefectLabel label = CardDefects.label(DocumentDefect.RECOMPRESSION, severity, box, "region", target,
        "firstQuality", CardDefects.fmt(first), "finalQuality", CardDefects.fmt(last),
        "gridShift", dx + "," + dy);
    return new Result(TestImages.jpeg(scene, last), label);
  }

  private static CardBox grow(CardBox box, SyntheticDocument doc) {
    int pad = box.height() / 2;
    return CardDefects.clip(box.x() - pad, box.y() - pad, box.x() + box.width() + 4 * pad,
        box.y() + box.height() + pad, doc.kind().width(), doc.kind().height());
  }

  private static BufferedImage shift(BufferedImage scene, int dx, int dy) {
    int w = scene.getWidth();
    int h = scene.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] src = Pixels.data(scene);
    int[] dst = Pixels.data(out);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        dst[y * w + x] = src[Math.max(0, y - dy) * w + Math.max(0, x - dx)];
      }
    }
    return out;
  }
}
