package org.kyc4j.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kyc4j.models.golden.GoldenInputs;

/**
 * Compares {@link GraphModel} with TensorFlow.js's own outputs (tools/golden/graph.mjs) for
 * blazeface, facemesh and iris on a synthetic pattern and a real face: every output must agree
 * within 1e-3 of the golden output's range (of 1 for a one-value output, a probability).
 */
class GraphModelGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TorchRuntime runtime;
  private static final Map<String, GraphModel> MODELS = new HashMap<>();

  @BeforeAll
  static void start() {
    runtime = TorchRuntime.start();
  }

  @AfterAll
  static void stop() {
    runtime.close();
  }

  @ParameterizedTest(name = "{0} {2}")
  @CsvSource({"blazeface, 256, synthetic", "blazeface, 256, face", "facemesh, 192, synthetic",
      "facemesh, 192, face", "iris, 64, synthetic", "iris, 64, face"})
  void matchesTensorFlowJs(String model, int size, String kase) throws IOException {
    JsonNode manifest = JSON.readTree(resource(model + "-" + kase + ".json"));
    byte[] raster = kase.equals("face")
        ? GoldenInputs.photo(GoldenInputs.FACE_PHOTO, GoldenInputs.FACE_CROP, size)
        : GoldenInputs.synthetic(size, size);
    assertThat(GoldenInputs.sha256(raster))
        .as("input of %s-%s differs from the one the golden files were made from: regenerate "
            + "them (tools/golden/README.md)", model, kase)
        .isEqualTo(manifest.required("inputSha256").asText());
    GraphModel graph = MODELS.computeIfAbsent(model, m -> GraphModel.load(runtime, m + ".json"));
    Map<String, float[]> outputs = graph.run(normalise(model, raster), size, size);
    JsonNode expected = manifest.required("outputs");
    assertThat(outputs.keySet()).hasSize(expected.size());
    for (JsonNode output : expected) {
      String name = output.required("name").asText();
      float[] golden = floats(resource(output.required("file").asText()));
      float[] actual = outputs.get(name);
      assertThat(actual).as("output %s", name).hasSize(golden.length);
      assertThat(graph.outputShapes().get(name)).containsExactly(
          JSON.treeToValue(output.required("shape"), int[].class));
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      double diff = 0;
      for (int i = 0; i < golden.length; i++) {
        min = Math.min(min, golden[i]);
        max = Math.max(max, golden[i]);
        diff = Math.max(diff, Math.abs(actual[i] - golden[i]));
      }
      // A one-value output (facemesh's face flag, a probability) has no range: its unit is 1.
      double tolerance = 1e-3 * (golden.length > 1 ? max - min : Math.max(1, Math.abs(max)));
      System.out.printf("golden %s-%s %s: max |java - tfjs| = %.3g (range %.4g, tolerance %.3g)%n",
          model, kase, name, diff, max - min, tolerance);
      assertThat(diff).as("%s-%s output %s", model, kase, name).isLessThanOrEqualTo(tolerance);
    }
  }

  /** The model's input normalisation (face-contracts.md). */
  static float[] normalise(String model, byte[] raster) {
    float[] out = new float[raster.length];
    for (int i = 0; i < raster.length; i++) {
      int v = raster[i] & 0xff;
      out[i] = model.equals("blazeface") ? v / 127.5f - 1 : v / 255f;
    }
    return out;
  }

  private static float[] floats(byte[] bytes) {
    float[] values = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
    return values;
  }

  private static byte[] resource(String file) throws IOException {
    try (InputStream in = GraphModelGoldenTest.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in).as("golden file %s", file).isNotNull();
      return in.readAllBytes();
    }
  }
}
