package org.kyc4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loading from the class path, shapes, and memory over repeated runs. */
class GraphModelTest {
  private static TorchRuntime runtime;

  @BeforeAll
  static void start() {
    runtime = TorchRuntime.start();
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  @Test
  void loadsIrisFromTheClassPathWithItsShapes() {
    GraphModel iris = GraphModel.load(runtime, "iris.json");
    assertThat(iris.inputShape()).containsExactly(1, 64, 64, 3);
    assertThat(iris.outputShapes()).containsOnlyKeys("Identity");
    assertThat(iris.outputShapes().get("Identity")).containsExactly(1, 1, 1, 228);
  }

  @Test
  void repeatedRunsDoNotGrowTheWeightsManager() {
    GraphModel iris = GraphModel.load(runtime, "iris.json");
    float[] input = new float[64 * 64 * 3];
    java.util.Arrays.fill(input, 0.5f);
    Map<String, float[]> first = iris.run(input, 64, 64);
    int held = runtime.weights().getManagedArrays().size();
    for (int i = 0; i < 10; i++) {
      assertThat(iris.run(input, 64, 64).get("Identity")).containsExactly(first.get("Identity"));
    }
    assertThat(runtime.weights().getManagedArrays()).hasSize(held);
  }

  @Test
  void missingOrOddFileNamesAreRefused() {
    assertThatThrownBy(() -> GraphModel.load(runtime, "absent.json"))
        .isInstanceOf(ModelUnavailableException.class)
        .hasMessageContaining("/org/kyc4j/models/absent.json is not on the class path");
    assertThatThrownBy(() -> GraphModel.load(runtime, "../iris.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("../iris.json is not allowed");
  }
}
