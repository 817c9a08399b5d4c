package org.kyc4j.core;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executor;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig.Check;
import org.kyc4j.core.internal.ImageDecoder;
import org.kyc4j.core.internal.OpenChallenges;
import org.kyc4j.core.internal.VelocityControl;

/**
 * What every verification of one engine shares. Immutable apart from the velocity counters and the
 * open challenges, which are thread-safe.
 *
 * @param nodes the detectors in plan order
 * @param clock the engine clock
 * @param executor where detectors run
 * @param limits the engine limits
 * @param decoder the image decoder
 * @param velocity the velocity counters
 * @param challenges the liveness challenges issued and not yet used
 * @param implemented per product, the checks a planned detector for that product declares
 * @param log where failures the engine carries on after are reported
 */
record EngineState(List<PlanNode> nodes, Clock clock, Executor executor, EngineLimits limits, ImageDecoder decoder,
    VelocityControl velocity, OpenChallenges challenges, Map<Product, Set<Check>> implemented, EngineLog log) {

  static EngineState of(List<PlanNode> nodes, Clock clock, Executor executor, EngineLimits limits, Random random,
      EngineLog log) {
    Map<Product, Set<Check>> implemented = new EnumMap<>(Product.class);
    for (Product product : Product.values()) {
      Set<Check> checks = EnumSet.noneOf(Check.class);
      for (PlanNode node : nodes) {
        if (node.installed().products().contains(product)) {
          checks.add(node.installed().check());
        }
      }
      implemented.put(product, checks);
    }
    return new EngineState(List.copyOf(nodes), clock, executor, limits,
        new ImageDecoder(limits.maxPixels(), limits.maxEncodedBytes(), limits.maxJpegScans(), limits.maxJpegScanPixels()),
        new VelocityControl(clock, limits.maxTrackedVelocityKeys()),
        new OpenChallenges(clock, random, limits.challengeTtl(), limits.maxOpenChallenges()), implemented, log);
  }
}
