package org.kyc4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

class TorchRuntimeTest {
  @Test
  void startsOfflineAndComputes() {
    try (TorchRuntime runtime = TorchRuntime.start(); NDManager inference = runtime.newInference()) {
      NDArray a = inference.create(new float[] {1, 2, 3});
      assertThat(a.mul(2).toFloatArray()).containsExactly(2, 4, 6);
      assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    }
  }

  @Test
  void closedRuntimeRefusesWork() {
    TorchRuntime runtime = TorchRuntime.start();
    runtime.close();
    runtime.close();
    assertThatThrownBy(runtime::newInference).isInstanceOf(IllegalStateException.class);
  }
}
