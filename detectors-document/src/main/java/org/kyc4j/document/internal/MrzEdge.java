package org.kyc4j.document.internal;

import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Which long edge of a rectified, landscape document the machine-readable zone runs along (ICAO
 * 9303 puts it at the bottom of the data page): dark text is isolated by black-hat morphology and
 * Otsu, characters are joined by a horizontal closing, and rows whose longest run spans most of
 * the width are counted in the top and the bottom 30%. Stateless.
 */
public final class MrzEdge {
  /** Where the zone was seen. */
  public enum Side { BOTTOM, TOP, UNKNOWN }

  private MrzEdge() {}

  /** Returns where the zone lies in the grey rectified card. */
  public static Side of(Mat grey) {
    int w = grey.cols();
    int h = grey.rows();
    Mat text = new Mat();
    Imgproc.morphologyEx(grey, text, Imgproc.MORPH_BLACKHAT,
        Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(Math.max(3, w / 40), Math.max(3, h / 20))));
    Imgproc.threshold(text, text, 0, 255, Imgproc.THRESH_BINARY | Imgproc.THRESH_OTSU);
    Imgproc.morphologyEx(text, text, Imgproc.MORPH_CLOSE,
        Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(Math.max(3, w / 35), 1)));
    byte[] bits = new byte[w * h];
    text.get(0, 0, bits);
    text.release();
    int band = (int) (0.3 * h);
    int top = longRows(bits, w, 0, band);
    int bottom = longRows(bits, w, h - band, h);
    int needed = Math.max(2, (int) (0.03 * h));
    if (bottom >= needed && top < needed / 2) {
      return Side.BOTTOM;
    }
    if (top >= needed && bottom < needed / 2) {
      return Side.TOP;
    }
    return Side.UNKNOWN;
  }

  private static int longRows(byte[] bits, int w, int from, int to) {
    int rows = 0;
    for (int y = from; y < to; y++) {
      int run = 0;
      int longest = 0;
      for (int x = 0; x < w; x++) {
        run = bits[y * w + x] != 0 ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      if (longest >= 0.65 * w) {
        rows++;
      }
    }
    return rows;
  }
}
