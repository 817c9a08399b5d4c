package org.kyc4j.document.internal;

import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.CardFormat;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Warps a located quad of a photo to an upright raster {@value #WIDTH} px wide of its format's
 * aspect, then turns it by 180 degrees when its MRZ band runs along the top. Stateless.
 */
public final class CardRectifier {
  /** The rectified raster's width in pixels. */
  public static final int WIDTH = 1000;

  private CardRectifier() {}

  /** The rectified card, the quad in upright order and whether the MRZ band fixed the orientation. */
  public record Rectified(RgbImage image, double[] quad, MrzEdge.Side mrz) {}

  /** Returns the nearest format by aspect: ID1, or ID3 (ID2 has the same aspect as ID3). */
  public static CardFormat format(double aspect) {
    double toId1 = Math.abs(Math.log(aspect / CardFormat.ID1.aspect()));
    double toId3 = Math.abs(Math.log(aspect / CardFormat.ID3.aspect()));
    return toId1 <= toId3 ? CardFormat.ID1 : CardFormat.ID3;
  }

  /** Returns the relative distance of {@code aspect} from the nearest format's. */
  public static double aspectError(double aspect) {
    return Math.abs(aspect / format(aspect).aspect() - 1);
  }

  /** Warps {@code quad} (clockwise from the assumed top-left, photo pixels) out of the BGR photo. */
  public static Rectified rectify(Mat photo, double[] quad, CardFormat format) {
    int height = (int) Math.round(WIDTH / format.aspect());
    double longSide = Math.max(Quads.side(quad, 0), Quads.side(quad, 2));
    double factor = Math.min(1, 1.5 * WIDTH / longSide);
    Mat source = photo;
    if (factor < 1) {
      source = new Mat();
      Imgproc.resize(photo, source, new Size(), factor, factor, Imgproc.INTER_AREA);
    }
    double[] q = Quads.scaled(quad, factor);
    MatOfPoint2f from = new MatOfPoint2f(new Point(q[0], q[1]), new Point(q[2], q[3]), new Point(q[4], q[5]),
        new Point(q[6], q[7]));
    MatOfPoint2f to = new MatOfPoint2f(new Point(0, 0), new Point(WIDTH, 0), new Point(WIDTH, height),
        new Point(0, height));
    Mat transform = Imgproc.getPerspectiveTransform(from, to);
    Mat card = new Mat();
    Imgproc.warpPerspective(source, card, transform, new Size(WIDTH, height), Imgproc.INTER_LINEAR,
        Core.BORDER_REPLICATE);
    release(from, to, transform);
    if (source != photo) {
      source.release();
    }
    Mat grey = new Mat();
    Imgproc.cvtColor(card, grey, Imgproc.COLOR_BGR2GRAY);
    MrzEdge.Side mrz = MrzEdge.of(grey);
    grey.release();
    double[] upright = quad;
    if (mrz == MrzEdge.Side.TOP) {
      Core.rotate(card, card, Core.ROTATE_180);
      upright = Quads.startAt(quad, 2);
    }
    RgbImage image = OpenCv.rgb(card);
    card.release();
    return new Rectified(image, upright, mrz);
  }

  private static void release(Mat... mats) {
    for (Mat m : mats) {
      m.release();
    }
  }
}
