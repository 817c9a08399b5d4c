package org.kyc4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Product;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.EngineLimits;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.core.internal.DecodeDeadline;
import org.kyc4j.core.internal.ImageDecoder;
import org.kyc4j.core.internal.ImageRejectedException;

/**
 * Times what decoding costs for the images given on the command line, under the engine's default
 * limits and with the JPEG scan budget and deadline lifted (the engine before they existed), to
 * show what each bound saves. Prints one line per image and limit set.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.DecodeCostReport FILE...};
 * with {@code --frames N FILE}, it instead sends one FACE_CAPTURE request of N copies of FILE through
 * an engine without detectors, so only decoding and its request bounds run, and prints the decision.
 */
public final class DecodeCostReport {
  private DecodeCostReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("--frames")) {
      request(Integer.parseInt(args[1]), Files.readAllBytes(Path.of(args[2])));
      return;
    }
    EngineLimits limits = EngineLimits.DEFAULT;
    ImageDecoder bounded = new ImageDecoder(limits.maxPixels(), limits.maxEncodedBytes(), limits.maxJpegScans(),
        limits.maxJpegScanPixels());
    ImageDecoder unbounded = new ImageDecoder(limits.maxPixels(), limits.maxEncodedBytes(), Integer.MAX_VALUE,
        Long.MAX_VALUE);
    for (String arg : args) {
      byte[] bytes = Files.readAllBytes(Path.of(arg));
      report(arg, bytes, "default limits", bounded, DecodeDeadline.after(limits.decodeTimeout()));
      report(arg, bytes, "no scan budget, no deadline", unbounded, DecodeDeadline.NONE);
    }
  }

  private static void request(int frames, byte[] bytes) {
    VerificationRequest.Builder request = VerificationRequest.builder("decode-cost", Product.FACE_CAPTURE)
        .requestedAt(Instant.EPOCH);
    for (int i = 0; i < frames; i++) {
      request.frame(new SelfieFrame(bytes, Instant.EPOCH));
    }
    try (Kyc4j engine = Kyc4j.builder().discovery(false).build()) {
      long start = System.nanoTime();
      Decision decision = engine.verify(request.build());
      System.out.printf("%d frames of %d bytes: %.2f s, %s %s%n", frames, bytes.length,
          (System.nanoTime() - start) / 1e9, decision.status(), decision.reasons());
    }
  }

  private static void report(String name, byte[] bytes, String what, ImageDecoder decoder, DecodeDeadline deadline) {
    long start = System.nanoTime();
    String outcome;
    try {
      outcome = "decoded " + decoder.decode(bytes, deadline).pixelCount() + " pixels";
    } catch (ImageRejectedException e) {
      outcome = e.kind() + ": " + e.getMessage();
    }
    System.out.printf("%s (%d bytes), %s: %.2f s, %s%n", name, bytes.length, what, (System.nanoTime() - start) / 1e9,
        outcome);
  }
}
