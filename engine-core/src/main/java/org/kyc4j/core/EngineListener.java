package org.kyc4j.core;

import org.kyc4j.api.Decision;

/**
 * Hears of the failures an engine carries on after, which no {@link Decision} can show: a detector's
 * {@code afterDecision} that threw (the transaction may be missing from the identity network) and a
 * detector or engine service that could not be closed. Set one with {@link Kyc4j.Builder#listener};
 * every method defaults to doing nothing. The engine also logs each failure to the
 * {@link System.Logger} {@code org.kyc4j.core}, whether or not a listener is set.
 *
 * <p>Contract: a method is called on the thread that ran the failing step (the caller of
 * {@link Kyc4j#verify} or {@link Kyc4j#close}, or of {@link Kyc4j.Builder#build} when a failed build
 * closes what it created), possibly by several threads at once, so implementations must be
 * thread-safe; they should return quickly and must not throw. Should one throw anyway, the engine
 * catches it ({@link RuntimeException} and {@link LinkageError}), logs it at WARNING and carries on:
 * the decision is still returned and the remaining resources are still closed. Arguments are never
 * null. The engine passes no claimed personal data (names, id numbers, birth dates, MRZ): only ids
 * and the throwable exactly as the detector or service threw it, whose message is its author's.
 */
public interface EngineListener {

  /**
   * Called when a detector's {@code afterDecision} threw a {@link RuntimeException} or a
   * {@link LinkageError}. The decision was already made and is returned unchanged; the engine went on
   * with the other detectors' {@code afterDecision}.
   *
   * @param detectorId the id of the detector that threw
   * @param transactionId the transaction id of the request whose decision it was
   * @param status the status of that decision
   * @param failure what the detector threw
   */
  default void afterDecisionFailed(String detectorId, String transactionId, Decision.Status status,
      Throwable failure) {}

  /**
   * Called when closing a detector threw; the engine went on closing the others.
   *
   * @param detectorId the id of the detector, or of its provider when a build refused the detector
   *     before its id was checked
   * @param failure what {@code close()} threw
   */
  default void detectorCloseFailed(String detectorId, Throwable failure) {}

  /**
   * Called when closing an engine service the engine created threw; the engine went on closing the
   * others.
   *
   * @param serviceName the name of the service's {@link org.kyc4j.spi.ServiceKey}
   * @param failure what {@code close()} threw
   */
  default void serviceCloseFailed(String serviceName, Throwable failure) {}
}
