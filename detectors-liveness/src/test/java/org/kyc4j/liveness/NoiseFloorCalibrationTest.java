package org.kyc4j.liveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Level;
import org.kyc4j.api.RgbImage;

/**
 * Calibrates the two measured cues and prints their distributions: the fine-grain share of every
 * camera image in the data folder against synthetic Graphics2D renders (JPEG at several qualities
 * and PNG), and the changed share of consecutive live frames against re-encoded stills. Camera
 * images must all clear the STANDARD floor twice over; most renders must fall below it.
 */
class NoiseFloorCalibrationTest {
  private static final long SEED = 42L;
  private static final int RENDERS = 30;

  @Test
  void everyCameraImageClearsTheStandardFloorTwiceOver() {
    double floor = InjectionLimits.at(Level.STANDARD).minFineGrainShare();
    for (Map.Entry<String, List<Path>> set : TestData.cameraImages().entrySet()) {
      double[] shares = set.getValue().stream().mapToDouble(f -> share(Capture.decode(TestData.read(f)))).toArray();
      System.out.println("fine-grain share, camera " + summary(set.getKey(), shares));
      assertThat(shares).as(set.getKey()).isNotEmpty();
      for (int i = 0; i < shares.length; i++) {
        assertThat(shares[i]).as("%s", set.getValue().get(i)).isGreaterThanOrEqualTo(2 * floor);
      }
    }
  }

  @Test
  void mostSyntheticRendersFallBelowTheStandardFloor() {
    System.out.println("renders seed " + SEED);
    double floor = InjectionLimits.at(Level.STANDARD).minFineGrainShare();
    Map<String, double[]> byEncoding = new LinkedHashMap<>();
    for (String encoding : List.of("jpeg 0.75", "jpeg 0.90", "jpeg 0.95", "png")) {
      byEncoding.put(encoding, new double[RENDERS]);
    }
    for (int i = 0; i < RENDERS; i++) {
      BufferedImage render = Images.render(640, 480, SEED + i, 0);
      byEncoding.get("jpeg 0.75")[i] = share(Capture.decode(Images.jpeg(render, 0.75f)));
      byEncoding.get("jpeg 0.90")[i] = share(Capture.decode(Images.jpeg(render, 0.90f)));
      byEncoding.get("jpeg 0.95")[i] = share(Capture.decode(Images.jpeg(render, 0.95f)));
      byEncoding.get("png")[i] = share(Capture.toRgb(render));
    }
    for (Map.Entry<String, double[]> e : byEncoding.entrySet()) {
      long caught = Arrays.stream(e.getValue()).filter(s -> s < floor).count();
      System.out.println("fine-grain share, render " + summary(e.getKey(), e.getValue()) + String.format(Locale.ROOT,
          " caught at STANDARD %d/%d", caught, RENDERS));
      assertThat(caught).as(e.getKey()).isGreaterThanOrEqualTo(RENDERS * 3 / 4);
      assertThat(Arrays.stream(e.getValue()).max().orElseThrow()).as(e.getKey()).isLessThan(0.25);
    }
  }

  @Test
  void liveFramesChangeFarMoreThanReEncodedStills() {
    List<Double> live = new ArrayList<>();
    List<Double> reEncoded = new ArrayList<>();
    for (TestData.Group session : TestData.nuaaSessions("real")) {
      List<byte[]> bytes = session.bytes().subList(0, Math.min(4, session.files().size()));
      List<RgbImage> images = bytes.stream().map(Capture::decode).toList();
      FrameScan scan = scan(bytes, images);
      for (int i = 1; i < scan.size(); i++) {
        live.add(scan.changedShare(i - 1, i));
      }
      BufferedImage still = Images.toBuffered(images.get(0));
      List<byte[]> copies = List.of(bytes.get(0), Images.jpeg(still, 0.95f), Images.jpeg(still, 0.9f));
      FrameScan copiesScan = scan(copies, copies.stream().map(Capture::decode).toList());
      reEncoded.add(copiesScan.changedShare(0, 1));
      reEncoded.add(copiesScan.changedShare(0, 2));
    }
    double[] liveShares = live.stream().mapToDouble(Double::doubleValue).toArray();
    double[] copyShares = reEncoded.stream().mapToDouble(Double::doubleValue).toArray();
    System.out.println("changed share, " + summary("consecutive live NUAA frames", liveShares));
    System.out.println("changed share, " + summary("stills re-encoded at 0.95 and 0.9", copyShares));
    double strict = InjectionLimits.at(Level.STRICT).minChangedShare();
    assertThat(Arrays.stream(liveShares).min().orElseThrow()).isGreaterThan(4 * strict);
    assertThat(Arrays.stream(copyShares).max().orElseThrow()).isLessThan(strict);
  }

  private static double share(RgbImage image) {
    return FineGrain.share(image.luma(), image.width(), image.height());
  }

  private static FrameScan scan(List<byte[]> bytes, List<RgbImage> images) {
    return FrameScan.of(bytes, images);
  }

  private static String summary(String name, double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return String.format(Locale.ROOT, "%-34s n=%3d min=%.3f p05=%.3f median=%.3f p95=%.3f max=%.3f", name, v.length,
        v[0], v[(int) (v.length * 0.05)], v[v.length / 2], v[Math.min(v.length - 1, (int) (v.length * 0.95))],
        v[v.length - 1]);
  }
}
