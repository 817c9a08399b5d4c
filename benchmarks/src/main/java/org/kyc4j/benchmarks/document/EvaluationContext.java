package org.kyc4j.benchmarks.document;

import java.time.Instant;
import java.util.Optional;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Level;
import org.kyc4j.api.Page;
import org.kyc4j.api.Product;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.DecodedImages;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;

/** A board holding only the decoded pages, at STANDARD, for calling one document detector directly. */
final class EvaluationContext implements DetectionContext {
  private final Detector detector;
  private final DecodedImages pages;
  private final VerificationRequest request;
  private final Instant now;

  EvaluationContext(Detector detector, DecodedImages pages, Instant now) {
    this.detector = detector;
    this.pages = pages;
    this.now = now;
    request = VerificationRequest.builder("evaluation", Product.ID_RECOGNITION)
        .document(new DocumentImage(Page.FRONT, new byte[] {1}, now)).requestedAt(now).build();
  }

  @Override
  public <T> T get(Key<T> key) {
    return find(key).orElseThrow(() -> new IllegalStateException(detector.id() + ": key " + key + " is absent"));
  }

  @Override
  public <T> Optional<T> find(Key<T> key) {
    return key.equals(Keys.IMAGES) ? Optional.of(key.cast(pages)) : Optional.empty();
  }

  @Override
  public <T> void put(Key<T> key, T value) {
    throw new IllegalStateException(detector.id() + " writes " + key + "; the evaluation board is read-only");
  }

  @Override
  public VerificationRequest request() {
    return request;
  }

  @Override
  public Level level() {
    return Level.STANDARD;
  }

  @Override
  public Instant now() {
    return now;
  }
}
