package org.kyc4j.liveness.action;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.liveness.face.FaceSelfieProvider;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;
import org.kyc4j.testing.DetectorContract;

/**
 * Runs the engine's detector conformance suite on {@code liveness.actions} with {@code face.selfie}
 * upstream, on real YawDD frames (different drivers' stills, so the captures are constructed):
 * MOUTHOPEN asked, no action asked, a single frame, and closed-eye capture. Skipped without the data.
 */
class ActionDetectorContractTest extends DetectorContract {
  private static final Instant AT = Instant.parse("2025-03-01T10:15:30Z");

  @Override
  protected DetectorProvider provider() {
    DataSets.require(DataSet.YAWDD_YAWN_FRAMES);
    return new ActionProvider();
  }

  @Override
  protected List<DetectorProvider> upstream() {
    return List.of(new FaceSelfieProvider());
  }

  @Override
  protected List<VerificationRequest> requests() {
    byte[] rest = restFrame();
    byte[] yawn = read(first(DataSets.require(DataSet.YAWDD_YAWN_FRAMES).resolve("images/yawn")));
    return List.of(
        capture("mouth-open", "actions=MOUTHOPEN", rest, rest, yawn, rest),
        capture("mouth-closed", "actions=MOUTHOPEN,closedEyeCapture=true", rest, rest, rest),
        capture("no-action", "actions=NONE", rest, rest),
        capture("single-frame", "actions=FACEBLINK", rest));
  }

  static VerificationRequest capture(String id, String spec, byte[]... frames) {
    VerificationRequest.Builder builder = VerificationRequest.builder(id, Product.FACE_CAPTURE)
        .config(ProductConfig.parse(spec)).requestedAt(AT);
    for (int i = 0; i < frames.length; i++) {
      builder.frame(new SelfieFrame(frames[i], AT.minusMillis(100L * (frames.length - i))));
    }
    return builder.build();
  }

  /** A real no_yawn frame (skips without the data). */
  static byte[] restFrame() {
    return read(DataSets.require(DataSet.YAWDD_YAWN_FRAMES).resolve("images/no_yawn/no_yawn_0001.jpg"));
  }

  private static Path first(Path folder) {
    try (var files = Files.list(folder)) {
      return files.sorted().findFirst().orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
