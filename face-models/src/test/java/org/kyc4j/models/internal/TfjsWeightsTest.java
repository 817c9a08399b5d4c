package org.kyc4j.models.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TfjsWeightsTest {
  private static final float[] CONV1 = {0.5f, -1.25f, 3f, 1e-3f, -0f, 42f};

  /** The shard bytes of the test model: 6 float32, 4 float16, 2 uint8. */
  static byte[] modelBytes() {
    ByteBuffer b = ByteBuffer.allocate(24 + 8 + 2).order(ByteOrder.LITTLE_ENDIAN);
    for (float f : CONV1) {
      b.putFloat(f);
    }
    for (int half : new int[] {0x3c00, 0xc000, 0x0001, 0x7bff}) {
      b.putShort((short) half);
    }
    b.put((byte) 0).put((byte) 255);
    return b.array();
  }

  @Test
  void loadsAllThreeEncodingsFromTwoShards(@TempDir Path dir) throws IOException {
    byte[] model = TfjsModelTest.resource();
    byte[] bytes = modelBytes();
    Files.write(dir.resolve("group1-shard1of2.bin"), Arrays.copyOfRange(bytes, 0, 20));
    Files.write(dir.resolve("group1-shard2of2.bin"), Arrays.copyOfRange(bytes, 20, bytes.length));
    Files.write(dir.resolve("model.json"), model);
    TfjsWeights weights = TfjsWeights.load(TfjsModel.read(dir.resolve("model.json")), dir);

    assertThat(weights.all().keySet()).containsExactly("conv1/weights", "conv2/weights", "conv2/bias");
    TfjsTensor conv1 = weights.get("conv1/weights");
    assertThat(conv1.shape()).containsExactly(1, 1, 3, 2);
    assertThat(conv1.toArray()).containsExactly(CONV1);
    assertThat(weights.get("conv2/weights").toArray())
        .containsExactly(1f, -2f, 5.9604645e-8f, 65504f);
    assertThat(weights.get("conv2/bias").toArray()).containsExactly(-1f, 126.5f);
    assertThat(weights.find("nope")).isEmpty();
    assertThatThrownBy(() -> weights.get("nope")).hasMessageContaining("no weight named nope");
  }

  @Test
  void loadsFromStreamsAndRefusesAnOverlongShard() throws IOException {
    TfjsModel model = TfjsModel.read(new java.io.ByteArrayInputStream(TfjsModelTest.resource()));
    byte[] bytes = modelBytes();
    TfjsWeights weights = TfjsWeights.load(model, path -> new java.io.ByteArrayInputStream(
        path.endsWith("1of2.bin") ? Arrays.copyOfRange(bytes, 0, 20)
            : Arrays.copyOfRange(bytes, 20, bytes.length)));
    assertThat(weights.get("conv1/weights").toArray()).containsExactly(CONV1);
    assertThatThrownBy(() -> TfjsWeights.load(model, path -> new java.io.ByteArrayInputStream(
        new byte[100]))).hasMessageContaining("after the last weight");
  }

  @Test
  void decodesInt32AndUint16() {
    List<TfjsWeightSpec> specs = List.of(
        new TfjsWeightSpec("i", List.of(2), TfjsDtype.INT32, Optional.empty()),
        new TfjsWeightSpec("u", List.of(), TfjsDtype.FLOAT32,
            Optional.of(new TfjsQuantization(TfjsDtype.UINT16, 0.25, 10))));
    byte[] data = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN)
        .putInt(-7).putInt(1 << 20).putShort((short) 0xffff).array();
    TfjsWeights weights = TfjsWeights.decode(specs, data);
    assertThat(weights.get("i").toArray()).containsExactly(-7f, 1048576f);
    assertThat(weights.get("u").shape()).isEmpty();
    assertThat(weights.get("u").toArray()).containsExactly(65535 * 0.25f + 10);
  }

  @Test
  void truncatedShardsNameTheWeight() throws IOException {
    List<TfjsWeightSpec> specs = TfjsModel.parse(TfjsModelTest.resource()).weights();
    byte[] bytes = modelBytes();
    assertThatThrownBy(() -> TfjsWeights.decode(specs, Arrays.copyOf(bytes, bytes.length - 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight conv2/bias needs 2 bytes at offset 32 but only 1 remain");
    assertThatThrownBy(() -> TfjsWeights.decode(specs, Arrays.copyOf(bytes, 10)))
        .hasMessageContaining("weight conv1/weights needs 24 bytes at offset 0 but only 10");
  }

  @Test
  void overlongShardsAreRejected() throws IOException {
    List<TfjsWeightSpec> specs = TfjsModel.parse(TfjsModelTest.resource()).weights();
    byte[] bytes = modelBytes();
    assertThatThrownBy(() -> TfjsWeights.decode(specs, Arrays.copyOf(bytes, bytes.length + 3)))
        .hasMessageContaining("3 bytes after the last weight (conv2/bias)")
        .hasMessageContaining("expected exactly 34 bytes but got 37");
  }

  @Test
  void tensorValuesAreReadOnly() {
    TfjsWeights weights = TfjsWeights.decode(
        List.of(new TfjsWeightSpec("w", List.of(1), TfjsDtype.FLOAT32, Optional.empty())),
        new byte[] {0, 0, (byte) 0x80, 0x3f});
    TfjsTensor w = weights.get("w");
    assertThat(w.values().isReadOnly()).isTrue();
    w.toArray()[0] = 9f;
    assertThat(w.get(0)).isEqualTo(1f);
  }

  @Test
  void shardPathsMustStayInsideTheModelDirectory(@TempDir Path dir) {
    assertThatThrownBy(() -> TfjsWeights.readShards(List.of("../escape.bin"), dir))
        .hasMessageContaining("shard path ../escape.bin is not allowed");
  }

  @Test
  void specsRejectBadValues() {
    assertThatThrownBy(() -> new TfjsWeightSpec("w", List.of(1 << 15, 1 << 15),
        TfjsDtype.FLOAT32, Optional.empty())).hasMessageContaining("at most 268435456 elements");
    assertThatThrownBy(() -> new TfjsQuantization(TfjsDtype.UINT8, Double.NaN, 0))
        .hasMessageContaining("must be finite");
    assertThatThrownBy(() -> new TfjsQuantization(TfjsDtype.INT32, 1, 0))
        .hasMessageContaining("quantization dtype: int32 is not allowed");
  }
}
