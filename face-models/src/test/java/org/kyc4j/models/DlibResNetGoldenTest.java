package org.kyc4j.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kyc4j.models.golden.GoldenInputs;

/**
 * Compares {@link DlibResNet} with face-api's own FaceRecognitionNet on TensorFlow.js (golden
 * files made by tools/golden/dlib.mjs, see tools/golden/README.md).
 */
class DlibResNetGoldenTest {
  private static final int SIZE = DlibResNet.CHIP_SIZE;
  private static TorchRuntime runtime;
  private static DlibResNet net;

  @BeforeAll
  static void load() {
    runtime = TorchRuntime.start();
    net = DlibResNet.load(runtime);
  }

  @AfterAll
  static void close() {
    runtime.close();
  }

  @Test
  void syntheticChipMatchesFaceApi() throws IOException {
    check("synthetic", GoldenInputs.synthetic(SIZE, SIZE));
  }

  @Test
  void faceChipMatchesFaceApi() throws IOException {
    check("face", GoldenInputs.photo(GoldenInputs.FACE_PHOTO, GoldenInputs.FACE_CROP, SIZE));
  }

  private static void check(String name, byte[] chip) throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(resource("dlib-" + name + ".json"));
    assertThat(GoldenInputs.sha256(chip))
        .as("SHA-256 of the %s input differs from the one the golden file was made from: "
            + "regenerate the golden files (tools/golden/README.md, section dlib)", name)
        .isEqualTo(manifest.required("inputSha256").asText());
    JsonNode outputs = manifest.required("outputs");
    assertThat(outputs).hasSize(1);
    float[] golden = floats(resource(outputs.required(0).required("file").asText()));
    float[] actual = net.describe(chip);
    assertThat(actual).hasSameSizeAs(golden);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double maxDiff = 0;
    for (int i = 0; i < golden.length; i++) {
      min = Math.min(min, golden[i]);
      max = Math.max(max, golden[i]);
      maxDiff = Math.max(maxDiff, Math.abs(actual[i] - golden[i]));
    }
    double tolerance = 1e-3 * (max - min);
    System.out.printf("dlib %s descriptor: max |java - golden| = %.3g (tolerance %.3g, range %.4f)%n",
        name, maxDiff, tolerance, max - min);
    assertThat(maxDiff).as("max |java - golden| of dlib-%s descriptor", name)
        .isLessThanOrEqualTo(tolerance);
  }

  private static float[] floats(byte[] bytes) {
    float[] values = new float[bytes.length / 4];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
    return values;
  }

  private static byte[] resource(String file) throws IOException {
    try (InputStream in = DlibResNetGoldenTest.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in).as("golden resource /golden/%s", file).isNotNull();
      return in.readAllBytes();
    }
  }
}
