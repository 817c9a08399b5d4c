package org.kyc4j.benchmarks;

import java.time.Clock;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.liveness.AntiInjectionProvider;
import org.kyc4j.liveness.passive.PassiveLivenessPolicy;
import org.kyc4j.testdata.ModelFolder;

/** The engine builder every verification benchmark starts from. Not instantiable. */
public final class BenchEngines {
  private BenchEngines() {}

  /**
   * A builder on the system clock with the MiniFASNet folder from {@link ModelFolder} when it is there,
   * and the anti-injection replay memory off: a benchmark verifies one capture again and again, which
   * that memory would refuse from the second time on.
   */
  public static Kyc4j.Builder builder() {
    Kyc4j.Builder builder = Kyc4j.builder().clock(Clock.systemUTC())
        .property(AntiInjectionProvider.REPLAY_CAPACITY_PROPERTY, "0");
    ModelFolder.locate().find("minifasnet")
        .ifPresent(dir -> builder.property(PassiveLivenessPolicy.DIR_PROPERTY, dir.toString()));
    return builder;
  }
}
