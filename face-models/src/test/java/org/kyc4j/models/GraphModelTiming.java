package org.kyc4j.models;

import java.util.Random;

/**
 * Prints milliseconds per inference of blazeface, facemesh and iris (not a test: run by hand,
 * see tools/golden/README.md). Arguments: runs per model (default 20).
 */
public final class GraphModelTiming {
  private GraphModelTiming() {}

  /** Times each model after two warm-up runs; the input is seeded noise. */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Random random = new Random(1);
    try (TorchRuntime runtime = TorchRuntime.start()) {
      for (String name : new String[] {"blazeface", "facemesh", "iris"}) {
        GraphModel model = GraphModel.load(runtime, name + ".json");
        int[] shape = model.inputShape();
        float[] input = new float[shape[1] * shape[2] * shape[3]];
        for (int i = 0; i < input.length; i++) {
          input[i] = random.nextFloat();
        }
        model.run(input, shape[1], shape[2]);
        model.run(input, shape[1], shape[2]);
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
          model.run(input, shape[1], shape[2]);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("%s %dx%d: %.2f ms per inference (%d runs, 1 thread)%n", name,
            shape[1], shape[2], ms, runs);
      }
    }
  }
}
