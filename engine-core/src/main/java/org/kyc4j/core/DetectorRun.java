package org.kyc4j.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kyc4j.api.Finding;

/**
 * One invocation of one detector's detect on the executor. The timeout starts when detect starts;
 * a detector that overruns is interrupted, its context closed and its finding an ERROR.
 */
final class DetectorRun {
  private final InstalledDetector detector;
  private final BoardContext context;
  private final Clock clock;
  private final Duration timeout;
  private final CompletableFuture<Finding> outcome = new CompletableFuture<>();
  private volatile Instant started;

  DetectorRun(InstalledDetector detector, BoardContext context, Clock clock, Duration timeout) {
    this.detector = detector;
    this.context = context;
    this.clock = clock;
    this.timeout = timeout;
  }

  /** Submits detect to {@code executor}; the returned future always completes normally. */
  CompletableFuture<NodeResult> start(Executor executor) {
    FutureTask<Void> task = new FutureTask<>(this::detect, null);
    try {
      executor.execute(task);
    } catch (RuntimeException e) {
      outcome.completeExceptionally(e);
    }
    return outcome.handle((finding, error) -> finish(finding, error, task));
  }

  private void detect() {
    started = clock.instant();
    outcome.orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
    try {
      outcome.complete(detector.detector().detect(context));
    } catch (Throwable t) {
      outcome.completeExceptionally(new Thrown(t));
    }
  }

  private NodeResult finish(Finding finding, Throwable error, Future<?> task) {
    context.close();
    Instant start = started;
    Duration time = start == null ? null : Duration.between(start, clock.instant());
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof Thrown thrown) {
      return new NodeResult(Findings.error(detector, "detect", thrown.getCause()), time, true);
    }
    if (cause instanceof TimeoutException) {
      task.cancel(true);
      return new NodeResult(Findings.timeout(detector, timeout), time, false);
    }
    if (cause != null) {
      return new NodeResult(Findings.error(detector, "scheduling detect", cause), time, false);
    }
    return new NodeResult(Findings.checked(detector, finding), time, true);
  }

  /** Carries what detect threw, so that it is never mistaken for the engine's own timeout. */
  private static final class Thrown extends RuntimeException {
    Thrown(Throwable cause) {
      super(null, cause, false, false);
    }
  }
}
