package org.kyc4j.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.Subject;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.testing.TestImages;

/** Small requests and engines shared by the engine-core tests. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  /** Detector threads shared by every test engine; daemon threads, never shut down. */
  static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(4, runnable -> {
    Thread thread = new Thread(runnable, "test-detector");
    thread.setDaemon(true);
    return thread;
  });
  private static final byte[] DOCUMENT = TestImages.png(TestImages.gradient(12, 8));
  private static final byte[] FRAME = TestImages.jpeg(TestImages.noise(8, 8, 7));

  private Fixtures() {}

  /** Returns an engine builder with discovery off, the shared executor and a fixed clock. */
  static Kyc4j.Builder engine() {
    return Kyc4j.builder().discovery(false).executor(EXECUTOR).clock(Clock.fixed(T0, ZoneOffset.UTC));
  }

  /** Returns a builder of a REAL_ID request with one front page and one frame. */
  static VerificationRequest.Builder realId(String transactionId) {
    return VerificationRequest.builder(transactionId, Product.REAL_ID).requestedAt(T0)
        .document(new DocumentImage(Page.FRONT, DOCUMENT, T0)).frame(new SelfieFrame(FRAME, T0));
  }

  static VerificationRequest realId(String transactionId, ProductConfig config) {
    return realId(transactionId).config(config).build();
  }

  static VerificationRequest realId(String transactionId, Subject subject) {
    return realId(transactionId).subject(subject).build();
  }

  /** Returns an ID_RECOGNITION request over the given front-page bytes. */
  static VerificationRequest idRecognition(String transactionId, byte[] front) {
    return VerificationRequest.builder(transactionId, Product.ID_RECOGNITION).requestedAt(T0)
        .document(new DocumentImage(Page.FRONT, front, T0)).build();
  }

  /** Returns a FACE_CAPTURE request over the given frames. */
  static VerificationRequest faceCapture(String transactionId, byte[]... frames) {
    VerificationRequest.Builder builder = VerificationRequest.builder(transactionId, Product.FACE_CAPTURE)
        .requestedAt(T0);
    for (byte[] frame : frames) {
      builder.frame(new SelfieFrame(frame, T0));
    }
    return builder.build();
  }

}
