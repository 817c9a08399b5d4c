package org.kyc4j.core;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import org.kyc4j.api.Decision;

/**
 * Where one engine tells of the failures it carries on after: its {@link EngineListener} and the
 * {@link System.Logger} {@code org.kyc4j.core}. A failed {@code afterDecision} is logged at ERROR,
 * not WARNING: the decision stands, but the transaction may be missing from the identity network, so
 * later duplicate checks cannot see it until someone adds it again. A failed close is logged at
 * WARNING: it only leaks a resource. A listener that throws is logged at WARNING and ignored. Log
 * lines carry ids and the throwable only, never request data. Thread-safe if the listener is.
 */
final class EngineLog {
  private static final System.Logger LOG = System.getLogger("org.kyc4j.core");

  private final EngineListener listener;

  EngineLog(EngineListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** Reports that detector {@code detectorId} threw {@code failure} after the decision on a transaction. */
  void afterDecisionFailed(String detectorId, String transactionId, Decision.Status status, Throwable failure) {
    LOG.log(Level.ERROR, () -> "detector '" + detectorId + "' failed after the " + status + " decision on transaction '"
        + transactionId + "'; the decision stands, but what the detector records after a decision (the identity"
        + " network adds the transaction there) may be missing for this transaction", failure);
    try {
      listener.afterDecisionFailed(detectorId, transactionId, status, failure);
    } catch (RuntimeException | LinkageError e) {
      listenerFailed("afterDecisionFailed", e);
    }
  }

  /** Closes every detector that is {@link AutoCloseable}, in order; one that fails does not stop the others. */
  void closeDetectors(List<InstalledDetector> detectors) {
    for (InstalledDetector detector : detectors) {
      closeDetector(detector.id(), detector.detector());
    }
  }

  /** Closes {@code detector} if it is {@link AutoCloseable}; reports what closing throws. */
  void closeDetector(String detectorId, Object detector) {
    Throwable failure = close(detector);
    if (failure != null) {
      LOG.log(Level.WARNING, () -> "closing detector '" + detectorId + "' failed; the engine closes the others",
          failure);
      try {
        listener.detectorCloseFailed(detectorId, failure);
      } catch (RuntimeException | LinkageError e) {
        listenerFailed("detectorCloseFailed", e);
      }
    }
  }

  /** Closes {@code service} if it is {@link AutoCloseable}; reports what closing throws. */
  void closeService(String serviceName, Object service) {
    Throwable failure = close(service);
    if (failure != null) {
      LOG.log(Level.WARNING, () -> "closing engine service '" + serviceName + "' failed; the engine closes the"
          + " others", failure);
      try {
        listener.serviceCloseFailed(serviceName, failure);
      } catch (RuntimeException | LinkageError e) {
        listenerFailed("serviceCloseFailed", e);
      }
    }
  }

  /** Closes {@code resource} if it is {@link AutoCloseable}; returns what closing threw, or null. */
  private static Throwable close(Object resource) {
    if (resource instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception | LinkageError e) {
        return e;
      }
    }
    return null;
  }

  private void listenerFailed(String method, Throwable e) {
    LOG.log(Level.WARNING, () -> "engine listener " + listener.getClass().getName() + "." + method
        + " threw; the engine ignores it and carries on", e);
  }
}
