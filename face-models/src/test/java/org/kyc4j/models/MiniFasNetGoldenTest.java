package org.kyc4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kyc4j.testing.DataSets;

/**
 * Compares {@link MiniFasNet} with upstream's own PyTorch code: {@code minifasnet/golden/outputs.json}
 * in the shared model folder (see its README) holds the logits of both networks for a synthetic
 * pattern and a face crop. Skipped when the model folder is absent, unless data is required.
 */
class MiniFasNetGoldenTest {
  /** The logits must agree to about 1e-4 (float32 on both sides, different summation orders). */
  private static final double TOLERANCE = 1e-4;
  private static final String PATTERN = "HWC BGR uint8, value(y, x, c) = (7*x + 13*y + 29*c) % 256, "
      + "c = 0 B, 1 G, 2 R";
  private static Path folder;
  private static JsonNode golden;
  private static TorchRuntime runtime;

  @BeforeAll
  static void start() throws IOException {
    folder = DataSets.requireModel("minifasnet");
    golden = new ObjectMapper().readTree(folder.resolve("golden/outputs.json").toFile());
    runtime = TorchRuntime.start();
  }

  @AfterAll
  static void close() {
    if (runtime != null) {
      runtime.close();
    }
  }

  @ParameterizedTest
  @EnumSource(MiniFasNetVariant.class)
  void logitsMatchUpstreamOnThePatternAndTheFace(MiniFasNetVariant variant) throws IOException {
    assertThat(golden.path("pattern").path("definition").asText()).isEqualTo(PATTERN);
    MiniFasNet net = MiniFasNet.load(runtime, folder.resolve(variant.fileName()));
    assertThat(net.variant()).isEqualTo(variant);
    byte[] face = Files.readAllBytes(folder.resolve("golden/face-80x80.bgr"));
    float[][] batch = net.logits(List.of(pattern(), face));
    check(variant, "pattern", net.logits(pattern()), batch[0]);
    check(variant, "face", net.logits(face), batch[1]);
  }

  @Test
  void concurrentCallsGiveTheSameLogits() throws Exception {
    MiniFasNet net = MiniFasNet.load(runtime, folder.resolve(MiniFasNetVariant.V2.fileName()));
    float[] expected = net.logits(pattern());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<float[]>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> net.logits(pattern())));
      }
      for (Future<float[]> result : results) {
        assertThat(result.get()).containsExactly(expected, offset(1e-6f));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void check(MiniFasNetVariant variant, String input, float[] single,
      float[] batched) {
    JsonNode expected = golden.path(input).path(variant.fileName());
    double maxDiff = 0;
    for (int i = 0; i < MiniFasNet.CLASSES; i++) {
      maxDiff = Math.max(maxDiff, Math.abs(single[i] - expected.path("logits").get(i).asDouble()));
    }
    System.out.printf("MiniFASNet%s %s: max |java - upstream logit| = %.3g%n", variant, input,
        maxDiff);
    assertThat(maxDiff).as("max |java - upstream| of MiniFASNet%s logits on the %s", variant, input)
        .isLessThanOrEqualTo(TOLERANCE);
    float[] softmax = MiniFasNet.softmax(single);
    for (int i = 0; i < MiniFasNet.CLASSES; i++) {
      assertThat((double) softmax[i]).as("softmax %d", i)
          .isCloseTo(expected.path("softmax").get(i).asDouble(), offset(2e-5));
      assertThat(batched[i]).as("batched logit %d", i).isCloseTo(single[i],
          offset(1e-5f));
    }
  }

  /** The synthetic pattern of outputs.json: value(y, x, c) = (7x + 13y + 29c) mod 256, BGR. */
  static byte[] pattern() {
    byte[] out = new byte[MiniFasNet.INPUT_BYTES];
    for (int y = 0; y < MiniFasNet.INPUT_SIZE; y++) {
      for (int x = 0; x < MiniFasNet.INPUT_SIZE; x++) {
        for (int c = 0; c < 3; c++) {
          out[(y * MiniFasNet.INPUT_SIZE + x) * 3 + c] = (byte) ((7 * x + 13 * y + 29 * c) % 256);
        }
      }
    }
    return out;
  }
}
