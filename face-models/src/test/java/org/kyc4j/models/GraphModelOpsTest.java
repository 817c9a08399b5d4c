package org.kyc4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.kyc4j.models.TinyGraph.ints;
import static org.kyc4j.models.TinyGraph.iota;
import static org.kyc4j.models.TinyGraph.text;
import static org.kyc4j.models.TinyGraph.texts;

import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The op translations on tiny hand-made graphs, against values worked out in TensorFlow's layout. */
class GraphModelOpsTest {
  private static TorchRuntime runtime;

  @BeforeAll
  static void start() {
    runtime = TorchRuntime.start();
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  @ParameterizedTest(name = "{0}x{1} kernel {2} stride {3} {4} depthwise={5}")
  @CsvSource({"4, 4, 3, 2, SAME, false", "4, 4, 3, 2, SAME, true", "5, 6, 3, 2, SAME, false",
      "6, 6, 2, 2, SAME, true", "7, 5, 3, 1, SAME, false", "6, 6, 3, 3, VALID, false",
      "4, 4, 2, 2, VALID, true", "8, 8, 5, 2, SAME, false"})
  void convolutionMatchesTensorFlowPadding(int h, int w, int k, int s, String padding,
      boolean depthwise) {
    long seed = 31L * h + 7L * w + 3L * k + s + (depthwise ? 1000 : 0) + padding.length();
    System.out.println("convolution test seed " + seed);
    Random random = new Random(seed);
    int cin = 3;
    int mult = depthwise ? 2 : 4;
    float[] x = randoms(random, h * w * cin);
    float[] filter = randoms(random, k * k * cin * mult);
    float[] bias = randoms(random, depthwise ? cin * mult : mult);
    TinyGraph graph = new TinyGraph(h, w, cin).constant("f", filter, k, k, cin, mult)
        .constant("b", bias, bias.length);
    String attrs = ints("strides", 1, s, s, 1) + "," + text("padding", padding);
    if (depthwise) {
      graph.node("y", "FusedDepthwiseConv2dNative", attrs + "," + texts("fused_ops", "BiasAdd"),
          "x", "f", "b");
    } else {
      graph.node("y", "_FusedConv2D", attrs + "," + texts("fused_ops", "BiasAdd", "Relu"),
          "x", "f", "b");
    }
    float[] expected = Reference.conv(x, h, w, cin, filter, k, mult, s, padding.equals("SAME"),
        depthwise, bias, !depthwise);
    GraphModel model = graph.load(runtime);
    float[] actual = model.run(x, h, w).get("y");
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as("value %d", i).isCloseTo(expected[i], within(1e-4f));
    }
  }

  @Test
  void sameStrideTwoOnEvenSizePadsOnlyAfter() {
    // 4x4 ones, 3x3 ones kernel, stride 2: TensorFlow pads 0 rows before and 1 after.
    float[] ones = new float[16];
    java.util.Arrays.fill(ones, 1);
    float[] kernel = new float[9];
    java.util.Arrays.fill(kernel, 1);
    GraphModel model = new TinyGraph(4, 4, 1).constant("f", kernel, 3, 3, 1, 1)
        .node("y", "Conv2D", ints("strides", 1, 2, 2, 1) + "," + text("padding", "SAME"), "x", "f")
        .load(runtime);
    assertThat(model.run(ones, 4, 4).get("y")).containsExactly(9, 6, 6, 4);
  }

  @Test
  void maxPoolSamePadsWithNegativeInfinity() {
    float[] x = new float[9];
    for (int i = 0; i < 9; i++) {
      x[i] = -1 - i;
    }
    GraphModel model = new TinyGraph(3, 3, 1)
        .node("y", "MaxPool", ints("ksize", 1, 2, 2, 1) + "," + ints("strides", 1, 2, 2, 1) + ","
            + text("padding", "SAME"), "x")
        .load(runtime);
    assertThat(model.run(x, 3, 3).get("y")).containsExactly(-1, -3, -7, -9);
    assertThat(model.outputShapes().get("y")).containsExactly(1, 2, 2, 1);
  }

  @Test
  void padPadsTheChannelDimensionInTensorFlowOrder() {
    GraphModel model = new TinyGraph(1, 2, 2)
        .constant("p", new float[] {0, 0, 1, 0, 0, 0, 0, 2}, 4, 2)
        .node("y", "Pad", "", "x", "p")
        .load(runtime);
    assertThat(model.outputShapes().get("y")).containsExactly(1, 2, 2, 4);
    assertThat(model.run(new float[] {1, 2, 3, 4}, 1, 2).get("y"))
        .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 3, 4, 0, 0);
  }

  @Test
  void reshapeSeesChannelsLastOrder() {
    GraphModel model = new TinyGraph(2, 2, 3)
        .constant("s", new float[] {1, -1, 2}, 3)
        .node("y", "Reshape", "", "x", "s")
        .constant("s4", new float[] {1, 3, 2, 2}, 4)
        .node("z", "Reshape", "", "x", "s4")
        .load(runtime);
    float[] x = iota(12);
    assertThat(model.outputShapes().get("y")).containsExactly(1, 6, 2);
    assertThat(model.run(x, 2, 2).get("y")).containsExactly(x);
    assertThat(model.run(x, 2, 2).get("z")).containsExactly(x);
  }

  @Test
  void concatPreluAndBroadcastAddFollowTensorFlowAxes() {
    GraphModel model = new TinyGraph(1, 2, 2)
        .constant("axis", new float[] {-1})
        .node("c", "ConcatV2", "", "x", "x", "axis")
        .constant("alpha", new float[] {0.5f, 1, 2, 3}, 1, 1, 4)
        .node("p", "Prelu", "", "c", "alpha")
        .constant("bias", new float[] {10, 20, 30, 40}, 4)
        .node("y", "AddV2", "", "bias", "p")
        .load(runtime);
    float[] y = model.run(new float[] {-2, 1, 3, -4}, 1, 2).get("y");
    // concat: [-2, 1, -2, 1, 3, -4, 3, -4]; prelu per channel; then + bias per channel
    assertThat(y).containsExactly(9, 21, 26, 41, 13, 16, 33, 28);
  }

  @Test
  void unsupportedOpIsRejectedAtLoadNamingOpAndNode() {
    TinyGraph graph = new TinyGraph(2, 2, 1).node("odd", "Erf", "", "x");
    assertThatThrownBy(() -> graph.load(runtime))
        .isInstanceOf(ModelUnavailableException.class)
        .hasMessageContaining("unsupported ops: Erf (node odd)")
        .hasMessageContaining("supported ops: [");
  }

  @Test
  void inputSizeIsValidated() {
    GraphModel model = new TinyGraph(2, 2, 1).node("y", "Relu", "", "x").load(runtime);
    assertThatThrownBy(() -> model.run(new float[3], 2, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length 3").hasMessageContaining("4 values");
    assertThatThrownBy(() -> model.run(new float[6], 3, 2))
        .hasMessageContaining("height: 3 is not allowed");
    assertThat(model.inputShape()).containsExactly(1, 2, 2, 1);
  }

  private static float[] randoms(Random random, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return v;
  }
}
