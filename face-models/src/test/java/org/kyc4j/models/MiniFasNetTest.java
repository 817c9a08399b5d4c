package org.kyc4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyc4j.testing.DataSets;

/** MiniFASNet's contracts besides the numbers: missing and mismatched files, crops, softmax. */
class MiniFasNetTest {
  private static TorchRuntime runtime;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    runtime = TorchRuntime.start();
  }

  @AfterAll
  static void close() {
    runtime.close();
  }

  @Test
  void aMissingFileNamesItsPathAndWhatToSet() {
    Path missing = dir.resolve(MiniFasNetVariant.V2.fileName());
    assertThatThrownBy(() -> MiniFasNet.load(runtime, MiniFasNetVariant.V2, missing))
        .isInstanceOf(ModelUnavailableException.class)
        .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist")
        .hasMessageContaining("kyc4j.models.dir").hasMessageContaining("KYC4J_MODELS")
        .hasMessageContaining("Silent-Face-Anti-Spoofing");
  }

  @Test
  void weightsOfTheOtherVariantAreRefusedNamingTheTensor() {
    Path file = DataSets.requireModel("minifasnet").resolve(MiniFasNetVariant.V1SE.fileName());
    assertThatThrownBy(() -> MiniFasNet.load(runtime, MiniFasNetVariant.V2, file))
        .isInstanceOf(ModelUnavailableException.class)
        .hasMessageContaining(file + " does not hold MiniFASNetV2 weights")
        .hasMessageContaining("tensor conv_3.model.1.conv.conv.weight has shape [26, 64, 1, 1]; "
            + "expected [13, 64, 1, 1]");
  }

  @Test
  void cropsMustBe80By80Bgr() {
    assertThatThrownBy(() -> MiniFasNet.channelsFirst(List.of(new byte[10])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("crop 0: 10 bytes is not allowed; a crop is 80x80 BGR, 19200 bytes");
    assertThatThrownBy(() -> MiniFasNet.channelsFirst(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    byte[] crop = new byte[MiniFasNet.INPUT_BYTES];
    crop[0] = 1;
    crop[1] = 2;
    crop[2] = (byte) 255;
    float[] planes = MiniFasNet.channelsFirst(List.of(crop));
    int plane = MiniFasNet.INPUT_SIZE * MiniFasNet.INPUT_SIZE;
    assertThat(new float[] {planes[0], planes[plane], planes[2 * plane]})
        .containsExactly(1, 2, 255);
  }

  @Test
  void softmaxIsStableAndSumsToOne() {
    float[] p = MiniFasNet.softmax(new float[] {1000, 1001, 999});
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1f, offset(1e-6f));
    assertThat(p[MiniFasNet.REAL_CLASS]).isGreaterThan(p[0]).isGreaterThan(p[2]);
  }

  @Test
  void theVariantsCarryUpstreamsCropScales() {
    assertThat(MiniFasNetVariant.V2.cropScale()).isEqualTo(2.7f);
    assertThat(MiniFasNetVariant.V1SE.cropScale()).isEqualTo(4.0f);
    assertThat(MiniFasNetVariant.V2.keep()).hasSize(49);
    assertThat(MiniFasNetLayers.LAST_KERNEL).isEqualTo(5);
  }
}
