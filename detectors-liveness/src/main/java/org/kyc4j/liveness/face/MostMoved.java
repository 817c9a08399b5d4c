package org.kyc4j.liveness.face;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kyc4j.spi.FaceGeometry;

/**
 * Picks the frame of a capture that is farthest from rest, the likeliest action frame, so that its
 * descriptor can be checked against the rest frames' (the face detector cannot know yet which frame the
 * action detector will take for the action). Each movement is measured from the capture's median, as a
 * share of its STANDARD action limit: yaw over 20 degrees, pitch over 10 degrees, the mouth opening over
 * 0.25 and the eyes' closing over 0.35 of the open ratio; a frame's distance is its largest share.
 * Stateless.
 */
final class MostMoved {
  private MostMoved() {}

  /**
   * The index, among {@code usable} (indexes into {@code frames}; not empty), of the frame with geometry farthest from rest; the first
   * on ties, and the first usable frame when none has geometry.
   */
  static int of(List<Optional<FaceGeometry>> frames, List<Integer> usable) {
    List<Integer> measured = usable.stream().filter(i -> frames.get(i).isPresent()).toList();
    if (measured.isEmpty()) {
      return usable.get(0);
    }
    FaceGeometry[] g = measured.stream().map(i -> frames.get(i).orElseThrow()).toArray(FaceGeometry[]::new);
    double yaw = median(g, FaceGeometry::yaw);
    double pitch = median(g, FaceGeometry::pitch);
    double mouth = median(g, FaceGeometry::mouthOpening);
    double eyes = Math.max(median(g, FaceGeometry::eyeAspect), 1e-6);
    int farthest = 0;
    double distance = -1;
    for (int k = 0; k < g.length; k++) {
      double d = Math.max(Math.max(Math.abs(g[k].yaw() - yaw) / 20, Math.abs(g[k].pitch() - pitch) / 10),
          Math.max(Math.abs(g[k].mouthOpening() - mouth) / 0.25, Math.max(0, 1 - g[k].eyeAspect() / eyes) / 0.35));
      if (d > distance) {
        distance = d;
        farthest = k;
      }
    }
    return measured.get(farthest);
  }

  private static double median(FaceGeometry[] geometry, java.util.function.ToDoubleFunction<FaceGeometry> value) {
    double[] v = Arrays.stream(geometry).mapToDouble(value).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
