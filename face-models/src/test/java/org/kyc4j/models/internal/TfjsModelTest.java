package org.kyc4j.models.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TfjsModelTest {
  static byte[] resource() throws IOException {
    try (InputStream in = TfjsModelTest.class.getResourceAsStream("model.json")) {
      assertThat(in).as("test resource model.json").isNotNull();
      return in.readAllBytes();
    }
  }

  static TfjsModel parse(String json) {
    return TfjsModel.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheGraphNodesInOrder() throws IOException {
    TfjsModel model = TfjsModel.parse(resource());
    assertThat(model.nodes()).extracting(TfjsNode::op).containsExactly(
        "Placeholder", "Const", "Conv2D", "Const", "Const", "_FusedConv2D", "Identity");
    TfjsNode input = model.node("input").orElseThrow();
    assertThat(input.attr("shape", TfjsAttr.Shape.class).dims()).containsExactly(-1L, 8L, 8L, 3L);
    assertThat(input.attr("dtype", TfjsAttr.Type.class).dtype()).isEqualTo("DT_FLOAT");
    assertThat(model.node("missing")).isEmpty();
  }

  @Test
  void decodesBase64StringAttributesAndLists() throws IOException {
    TfjsModel model = TfjsModel.parse(resource());
    TfjsNode conv1 = model.node("conv1").orElseThrow();
    assertThat(conv1.inputs()).containsExactly("input", "conv1/weights");
    assertThat(conv1.text("padding")).isEqualTo("SAME");
    assertThat(conv1.text("data_format")).isEqualTo("NHWC");
    assertThat(conv1.ints("strides")).containsExactly(1L, 2L, 2L, 1L);
    assertThat(conv1.ints("explicit_paddings")).isEmpty();
    assertThat(conv1.attr("use_cudnn_on_gpu", TfjsAttr.Bool.class).value()).isTrue();
    TfjsNode fused = model.node("conv2").orElseThrow();
    assertThat(fused.texts("fused_ops")).containsExactly("BiasAdd", "Relu");
    assertThat(fused.text("padding")).isEqualTo("VALID");
    assertThat(fused.attr("num_args", TfjsAttr.Int.class).value()).isEqualTo(1L);
    assertThat(fused.attr("leakyrelu_alpha", TfjsAttr.Real.class).value()).isEqualTo(0.2);
  }

  @Test
  void readsConstTensorsAndTheManifest() throws IOException {
    TfjsModel model = TfjsModel.parse(resource());
    TfjsAttr.Tensor value = model.node("conv1/weights").orElseThrow()
        .attr("value", TfjsAttr.Tensor.class);
    assertThat(value.dtype()).isEqualTo("DT_FLOAT");
    assertThat(value.shape()).containsExactly(1L, 1L, 3L, 2L);
    assertThat(model.shardPaths()).containsExactly("group1-shard1of2.bin", "group1-shard2of2.bin");
    assertThat(model.weights()).extracting(TfjsWeightSpec::name)
        .containsExactly("conv1/weights", "conv2/weights", "conv2/bias");
    TfjsWeightSpec bias = model.weights().get(2);
    assertThat(bias.quantization()).contains(new TfjsQuantization(TfjsDtype.UINT8, 0.5, -1.0));
    assertThat(bias.byteCount()).isEqualTo(2);
    assertThat(model.weights().get(1).storage()).isEqualTo(TfjsDtype.FLOAT16);
    assertThat(model.weights().get(0).quantization()).isEqualTo(Optional.empty());
  }

  @Test
  void wrongAttributeKindsNameTheNode() throws IOException {
    TfjsNode conv1 = TfjsModel.parse(resource()).node("conv1").orElseThrow();
    assertThatThrownBy(() -> conv1.ints("padding"))
        .hasMessageContaining("node conv1 (Conv2D) attribute padding").hasMessageContaining("Values");
    assertThatThrownBy(() -> conv1.text("nope")).hasMessageContaining("has no attribute nope");
  }

  @Test
  void rejectsUnknownDtypes() {
    assertThatThrownBy(() -> parse(manifest("{\"name\":\"w\",\"shape\":[1],\"dtype\":\"bool\"}")))
        .hasMessageContaining("$.weightsManifest[0].weights[0] (weight w).dtype")
        .hasMessageContaining("unknown dtype \"bool\"; allowed: float32, int32");
    assertThatThrownBy(() -> parse(manifest("{\"name\":\"w\",\"shape\":[1],\"dtype\":\"float32\","
        + "\"quantization\":{\"dtype\":\"int4\",\"scale\":1,\"min\":0}}")))
        .hasMessageContaining("unknown dtype \"int4\"; allowed: uint8, uint16, float16");
    assertThatThrownBy(() -> parse(manifest("{\"name\":\"w\",\"shape\":[1],\"dtype\":\"float16\"}")))
        .hasMessageContaining("unknown dtype \"float16\"; allowed: float32, int32");
  }

  @Test
  void rejectsIncompleteOrInvalidManifests() {
    assertThatThrownBy(() -> parse(manifest("{\"name\":\"w\",\"shape\":[1],\"dtype\":\"float32\","
        + "\"quantization\":{\"dtype\":\"uint8\",\"min\":0}}")))
        .hasMessageContaining("(weight w).quantization.scale: missing");
    assertThatThrownBy(() -> parse(manifest("{\"name\":\"w\",\"shape\":[2,-1],\"dtype\":\"int32\"}")))
        .hasMessageContaining("(weight w).shape: dimension -1 is not allowed");
    assertThatThrownBy(() -> parse(manifest("{\"name\":\"w\",\"shape\":[1],\"dtype\":\"int32\"},"
        + "{\"name\":\"w\",\"shape\":[1],\"dtype\":\"int32\"}")))
        .hasMessageContaining("duplicate weight name w");
    assertThatThrownBy(() -> parse("{\"modelTopology\":{}}"))
        .hasMessageContaining("$.weightsManifest: missing");
  }

  @Test
  void rejectsBadAttributesWithTheirPath() {
    String node = "{\"modelTopology\":{\"node\":[{\"name\":\"c\",\"op\":\"Conv2D\",\"attr\":%s}]},"
        + "\"weightsManifest\":[]}";
    assertThatThrownBy(() -> parse(String.format(node, "{\"padding\":{\"s\":\"@@@\"}}")))
        .hasMessageContaining("$.modelTopology.node[0].attr.padding.s: \"@@@\" is not valid base64");
    assertThatThrownBy(() -> parse(String.format(node, "{\"k\":{\"func\":{}}}")))
        .hasMessageContaining("attr.k: unsupported attribute kind \"func\"");
    assertThatThrownBy(() -> parse(String.format(node, "{\"k\":{\"list\":{\"i\":[\"x\"]}}}")))
        .hasMessageContaining("attr.k.list.i[0]: expected an integer but found \"x\"");
  }

  @Test
  void malformedJsonIsReportedWithItsOffset() {
    assertThatThrownBy(() -> parse("{\"modelTopology\": {\"node\": [}"))
        .hasMessageContaining("malformed JSON at offset 28: Unexpected close marker '}'");
    assertThatThrownBy(() -> parse("[]")).hasMessageContaining("$: expected an object");
    assertThat(parse("{\"modelTopology\":{},\"weightsManifest\":[]}").nodes()).isEqualTo(List.of());
  }

  private static String manifest(String weights) {
    return "{\"modelTopology\":{\"node\":[]},\"weightsManifest\":[{\"paths\":[\"a.bin\"],"
        + "\"weights\":[" + weights + "]}]}";
  }
}
