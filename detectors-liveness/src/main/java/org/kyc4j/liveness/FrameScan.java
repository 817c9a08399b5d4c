package org.kyc4j.liveness;

import java.util.ArrayList;
import java.util.List;
import org.kyc4j.api.RgbImage;

/**
 * The measurements of every frame of one request, plus a decimated luma sample of each frame for
 * comparing frames with each other. Decimation keeps single pixels (no averaging), so sensor noise
 * survives it. Built and read within one detection; not shared.
 */
final class FrameScan {
  /** About this many luma samples are kept per frame. */
  static final int SAMPLES = 1 << 16;
  /** A sampled pixel counts as changed between two frames when its luma moved by this much (grey levels). */
  static final float CHANGE = 2;

  private final List<FrameSignature> signatures;
  private final List<float[]> samples;
  private final List<RgbImage> images;

  private FrameScan(List<FrameSignature> signatures, List<float[]> samples, List<RgbImage> images) {
    this.signatures = List.copyOf(signatures);
    this.samples = List.copyOf(samples);
    this.images = List.copyOf(images);
  }

  /**
   * Measures every frame, given its encoded bytes and its decoded image.
   *
   * @throws IllegalStateException if the decoded frames do not match the request's frames one to one
   */
  static FrameScan of(List<byte[]> frames, List<RgbImage> images) {
    return of(frames, images, "selfie frames");
  }

  /**
   * Measures every image, {@code kind} naming them in messages (for example {@code "compare images"}).
   *
   * @throws IllegalStateException if the decoded images do not match the encoded ones one to one
   */
  static FrameScan of(List<byte[]> frames, List<RgbImage> images, String kind) {
    if (frames.size() != images.size()) {
      throw new IllegalStateException("the request has " + frames.size() + " " + kind + " but the board holds "
          + images.size() + " decoded " + kind.substring(kind.indexOf(' ') + 1));
    }
    List<FrameSignature> signatures = new ArrayList<>(frames.size());
    List<float[]> samples = new ArrayList<>(frames.size());
    for (int i = 0; i < frames.size(); i++) {
      RgbImage image = images.get(i);
      float[] luma = image.luma();
      signatures.add(FrameSignature.measure(i, frames.get(i), image, luma));
      samples.add(decimate(luma, image.width(), image.height()));
    }
    return new FrameScan(signatures, samples, images);
  }

  List<FrameSignature> signatures() {
    return signatures;
  }

  int size() {
    return signatures.size();
  }

  /** Returns whether two frames decode to exactly the same pixels. */
  boolean samePixels(int a, int b) {
    FrameSignature first = signatures.get(a);
    FrameSignature second = signatures.get(b);
    return first.sameSize(second) && first.pixelHash() == second.pixelHash()
        && java.util.Arrays.equals(images.get(a).copyPixels(), images.get(b).copyPixels());
  }

  /**
   * Returns the share of sampled pixels whose luma differs by at least {@link #CHANGE} grey levels
   * between two frames of the same size.
   */
  double changedShare(int a, int b) {
    if (!signatures.get(a).sameSize(signatures.get(b))) {
      throw new IllegalArgumentException("frames " + a + " and " + b + " differ in size");
    }
    float[] first = samples.get(a);
    float[] second = samples.get(b);
    int changed = 0;
    for (int i = 0; i < first.length; i++) {
      if (Math.abs(first[i] - second[i]) >= CHANGE) {
        changed++;
      }
    }
    return (double) changed / first.length;
  }

  private static float[] decimate(float[] luma, int width, int height) {
    int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / SAMPLES)));
    int columns = (width + step - 1) / step;
    int rows = (height + step - 1) / step;
    float[] sample = new float[columns * rows];
    int k = 0;
    for (int y = 0; y < height; y += step) {
      for (int x = 0; x < width; x += step) {
        sample[k++] = luma[y * width + x];
      }
    }
    return sample;
  }
}
