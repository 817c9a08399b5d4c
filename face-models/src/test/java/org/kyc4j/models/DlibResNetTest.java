package org.kyc4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kyc4j.models.golden.GoldenInputs;

class DlibResNetTest {
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
  void batchEqualsEachChipAlone() {
    long seed = new Random().nextLong();
    System.out.println("DlibResNetTest.batchEqualsEachChipAlone seed " + seed);
    byte[] noise = new byte[DlibResNet.CHIP_BYTES];
    new Random(seed).nextBytes(noise);
    byte[] synthetic = GoldenInputs.synthetic(SIZE, SIZE);
    List<byte[]> chips = List.of(synthetic, mirror(synthetic), noise);
    float[][] batch = net.describe(chips);
    assertThat(batch).hasNumberOfRows(3);
    for (int i = 0; i < chips.size(); i++) {
      float[] alone = net.describe(chips.get(i));
      assertThat(batch[i]).hasSize(DlibResNet.DESCRIPTOR_LENGTH);
      double diff = 0;
      for (int j = 0; j < alone.length; j++) {
        diff = Math.max(diff, Math.abs(alone[j] - batch[i][j]));
      }
      assertThat(diff).as("chip %d: max |batch - alone|", i).isLessThan(1e-4);
    }
    assertThat(distance(batch[0], batch[2])).as("synthetic vs noise").isGreaterThan(0.05);
  }

  @Test
  void repeatedCallsDoNotKeepArrays() {
    byte[] chip = GoldenInputs.synthetic(SIZE, SIZE);
    float[] first = net.describe(chip);
    int before = runtime.weights().getManagedArrays().size();
    for (int i = 0; i < 3; i++) {
      assertThat(net.describe(List.of(chip, chip))[1]).containsExactly(first, within());
    }
    assertThat(runtime.weights().getManagedArrays()).hasSize(before);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> net.describe((List<byte[]>) null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chips");
    assertThatThrownBy(() -> net.describe(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> net.describe(new byte[149 * 150 * 3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chip 0: 67050 bytes").hasMessageContaining("67500 bytes");
    List<byte[]> withNull = new ArrayList<>();
    withNull.add(new byte[DlibResNet.CHIP_BYTES]);
    withNull.add(null);
    assertThatThrownBy(() -> net.describe(withNull))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chip 1: null");
    assertThatThrownBy(() -> net.describe((byte[]) null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chip 0: null");
  }

  @Test
  void closedRuntimeRefusesWork() {
    TorchRuntime other = TorchRuntime.start();
    DlibResNet closed = DlibResNet.load(other);
    other.close();
    assertThatThrownBy(() -> closed.describe(new byte[DlibResNet.CHIP_BYTES]))
        .isInstanceOf(IllegalStateException.class);
  }

  private static Offset<Float> within() {
    return Offset.offset(1e-4f);
  }

  private static byte[] mirror(byte[] chip) {
    byte[] out = new byte[chip.length];
    for (int y = 0; y < SIZE; y++) {
      for (int x = 0; x < SIZE; x++) {
        System.arraycopy(chip, (y * SIZE + x) * 3, out, (y * SIZE + SIZE - 1 - x) * 3, 3);
      }
    }
    return out;
  }

  private static double distance(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum);
  }
}
