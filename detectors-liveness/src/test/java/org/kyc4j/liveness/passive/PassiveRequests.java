package org.kyc4j.liveness.passive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kyc4j.api.Level;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;
import org.kyc4j.testing.TestImages;

/**
 * Test helper: FACE_CAPTURE requests for passive liveness with the liveness level given, and the
 * engine property naming the MiniFASNet folder. The NUAA frames are clear cases: subject 0001's first
 * real frame (fused P(real) 0.90, 0.30 above STANDARD) and its first print attack frame (0.0001).
 */
final class PassiveRequests {
  static final Instant REQUESTED_AT = Instant.parse("2025-03-01T10:15:30Z");
  static final String REAL = "real/0001/0001_00_00_01_0.jpg";
  static final String PRINT = "spoof/0001/0001_00_00_01_0.jpg";

  private PassiveRequests() {}

  /** The engine property naming the model folder (the test is skipped without it). */
  static Map<String, String> modelProperty() {
    return Map.of(PassiveLivenessPolicy.DIR_PROPERTY, DataSets.requireModel("minifasnet").toString());
  }

  /** A NUAA frame's bytes (the test is skipped without the set). */
  static byte[] nuaa(String file) {
    try {
      return Files.readAllBytes(DataSets.require(DataSet.NUAA_PRINT_ATTACK).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A selfie pair photo's bytes (the test is skipped without the set). */
  static byte[] selfie(String file) {
    try {
      return Files.readAllBytes(DataSets.require(DataSet.SELFIE_LIVENESS_PAIRS).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A FACE_CAPTURE request of {@code frames} with liveness at {@code level}. */
  static VerificationRequest capture(String id, Level level, List<byte[]> frames) {
    VerificationRequest.Builder builder = VerificationRequest.builder(id, Product.FACE_CAPTURE)
        .config(ProductConfig.builder().liveness(level).build()).requestedAt(REQUESTED_AT);
    for (int i = 0; i < frames.size(); i++) {
      builder.frame(new SelfieFrame(frames.get(i), REQUESTED_AT.minusMillis(500 - 33L * i)));
    }
    return builder.build();
  }

  /**
   * Contract requests: synthetic frames, NUAA real and print frames, and selfie pairs with a viewpoint
   * change (the parallax path) when the sets are present.
   */
  static List<VerificationRequest> contractSet() {
    byte[] gradient = TestImages.jpeg(TestImages.gradient(320, 240));
    List<VerificationRequest> requests = new ArrayList<>(List.of(
        capture("no-face", Level.STANDARD, List.of(gradient, gradient))));
    if (DataSets.find(DataSet.NUAA_PRINT_ATTACK).isPresent()) {
      byte[] real = nuaa(REAL);
      byte[] print = nuaa(PRINT);
      requests.addAll(List.of(capture("real", Level.STANDARD, List.of(real, real)),
          capture("print", Level.STANDARD, List.of(print)),
          capture("real-strict", Level.STRICT, List.of(real)),
          capture("mixed", Level.LOOSE, List.of(real, print, real))));
    }
    if (DataSets.find(DataSet.SELFIE_LIVENESS_PAIRS).isPresent()) {
      requests.add(capture("pair-with-parallax", Level.STANDARD, List.of(selfie("real/test1/normal.jpg"),
          selfie("real/test1/zoomed.jpg"))));
      requests.add(capture("spoof-pair", Level.STRICT, List.of(selfie("spoof/test1/normal.jpg"),
          selfie("spoof/test1/zoomed.jpg"))));
    }
    return requests;
  }
}
