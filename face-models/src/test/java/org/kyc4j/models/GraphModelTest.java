package org.kyc4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
  void aBatchOfIrisCropsReadsAsEachCropAlone() {
    GraphModel iris = GraphModel.load(runtime, "iris.json");
    java.util.Random random = new java.util.Random(9);
    List<float[]> crops = new java.util.ArrayList<>();
    for (int k = 0; k < 3; k++) {
      float[] crop = new float[64 * 64 * 3];
      for (int i = 0; i < crop.length; i++) {
        crop[i] = (float) (0.5 + 0.4 * Math.sin(i * (0.01 + 0.02 * k)) + 0.05 * random.nextGaussian());
      }
      crops.add(crop);
    }
    List<Map<String, float[]>> batch = iris.runBatch(crops, 64, 64);
    assertThat(batch).hasSize(3);
    for (int k = 0; k < 3; k++) {
      float[] alone = iris.run(crops.get(k), 64, 64).get("Identity");
      float[] batched = batch.get(k).get("Identity");
      assertThat(batched).hasSize(228);
      for (int i = 0; i < alone.length; i++) {
        assertThat(batched[i]).as("crop %d value %d", k, i).isCloseTo(alone[i], org.assertj.core.data.Offset.offset(1e-3f));
      }
    }
    assertThatThrownBy(() -> iris.runBatch(List.of(), 64, 64)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> iris.runBatch(List.of(new float[5]), 64, 64)).hasMessageContaining("images[0]");
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
