package org.kyc4j.spi;

import java.util.EnumSet;
import java.util.Set;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.OperationMode;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.Stage;

/**
 * One check of the verification. A detector reads the keys it {@link #requires()} from the board
 * and writes the keys it {@link #provides()}; the engine orders detectors by those keys, then by
 * stage and id. Implementations must be stateless and thread-safe: one instance serves every
 * verification of an engine at once. A detector that holds resources (a loaded model) may also
 * implement {@link AutoCloseable}: the engine closes it when the engine is closed, or when the
 * engine's build fails after the detector was created. New hooks are added as default methods only.
 */
public interface Detector {
  /** Returns the detector's id: lower-case words joined by '-' or '.', unique in an engine. */
  String id();

  /** Returns the stage this detector belongs to. */
  Stage stage();

  /** Returns the keys this detector reads; it is skipped when one of them is absent at run time. */
  Set<Key<?>> requires();

  /**
   * Returns the keys this detector reads when they are present: it runs after their providers if
   * any are installed, and is neither skipped nor rejected when they are not. Read them with
   * {@link DetectionContext#find}.
   */
  default Set<Key<?>> uses() {
    return Set.of();
  }

  /** Returns the keys this detector may write; no other detector may provide them. */
  Set<Key<?>> provides();

  /** Returns the configuration check whose level governs this detector; CLOSED skips it. */
  default ProductConfig.Check check() {
    return ProductConfig.Check.ALWAYS;
  }

  /** Returns what each level means for this detector; {@link ThresholdTable#NONE} if it has no score. */
  default ThresholdTable thresholds() {
    return ThresholdTable.NONE;
  }

  /** Returns the products this detector runs for. */
  default Set<Product> products() {
    return EnumSet.allOf(Product.class);
  }

  /** Returns whether this detector runs in the given operation mode. */
  default boolean runsIn(OperationMode mode) {
    return true;
  }

  /**
   * Runs the check. The context is confined to this call. Throwing is allowed: the engine turns
   * it into an {@code ERROR} finding, but a detector should return a finding for every input it
   * can judge.
   *
   * @return the finding, never null; its detector id and stage are this detector's
   */
  Finding detect(DetectionContext context);

  /**
   * Called once the decision is made, for every detector whose {@link #detect} ran, so that a
   * detector can record the transaction (the identity network does). The decision stands whatever
   * this throws; the engine reports a {@link RuntimeException} or {@link LinkageError} to its engine
   * listener and logs it at ERROR, with the detector and transaction ids and the throwable, so keep
   * claimed personal data out of exception messages.
   */
  default void afterDecision(DetectionContext context, Decision decision) {}
}
