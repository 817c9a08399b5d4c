package org.kyc4j.models.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The legacy PyTorch reader on hand-made files: the good one, and one broken part at a time. */
class StateDictTest {
  @TempDir
  Path dir;

  @Test
  void aWellFormedFileIsReadWithoutItsModulePrefix() throws IOException {
    StateDict dict = StateDict.read(write(LegacyFiles.tensor()));
    assertThat(dict.names()).containsExactly("w");
    assertThat(dict.floats("w", 2, 2)).containsExactly(1, 2, 3, 4);
    dict.requireAllUsed();
  }

  @Test
  void anOffsetViewReadsItsSlice() throws IOException {
    byte[] file = LegacyFiles.tensor("FloatStorage", 6, 2, new int[] {4}, new int[] {1}, 6);
    assertThat(StateDict.read(write(file)).floats("w", 4)).containsExactly(3, 4, 5, 6);
  }

  @Test
  void lookupsNameTheFileAndTheTensor() throws IOException {
    Path path = write(LegacyFiles.tensor());
    StateDict dict = StateDict.read(path);
    assertThatThrownBy(() -> dict.floats("w", 4)).hasMessageContaining(path.toString())
        .hasMessageContaining("tensor w has shape [2, 2]; expected [4]");
    assertThatThrownBy(() -> dict.floats("v", 4)).hasMessageContaining("tensor v is missing");
    assertThatThrownBy(dict::requireAllUsed).hasMessageContaining(path.toString())
        .hasMessageContaining("tensor w [2, 2] is not part of the expected network");
  }

  @Test
  void aTensorOfAnotherTypeIsRefused() throws IOException {
    byte[] file = LegacyFiles.tensor("LongStorage", 2, 0, new int[] {2}, new int[] {1}, 2);
    StateDict dict = StateDict.read(write(file));
    assertThatThrownBy(() -> dict.floats("w", 2))
        .hasMessageContaining("tensor w is LongStorage; expected float32");
  }

  @Test
  void brokenPartsFailSayingWhich() {
    expect(LegacyFiles.tensor("FloatStorage", 4, 0, new int[] {2, 2}, new int[] {1, 2}, 4),
        "not contiguous");
    expect(LegacyFiles.tensor("FloatStorage", 4, 1, new int[] {2, 2}, new int[] {2, 1}, 4),
        "do not fit in storage 0");
    expect(LegacyFiles.tensor("FloatStorage", 4, 0, new int[] {2, 2}, new int[] {2, 1}, 3),
        "storage 0 has 3 elements in its bytes, 4 in the state dict");
    expect(LegacyFiles.tensor("FloatStorage", 1 << 28, 0, new int[] {2}, new int[] {1}, 4),
        "larger than the");
    expect(LegacyFiles.tensor("ComplexStorage", 4, 0, new int[] {4}, new int[] {1}, 4),
        "torch.ComplexStorage, which is not one of");
    byte[] good = LegacyFiles.tensor();
    expect(Arrays.copyOf(good, good.length - 1), "the file ends inside storage 0");
    expect(Arrays.copyOf(good, good.length + 3), "3 bytes follow the last storage");
    expect(Arrays.copyOf(good, 40), "not a legacy PyTorch state dict");
  }

  @Test
  void hostilePicklesAreRefusedBeforeTheyAllocate() {
    expect(new LegacyFiles().raw("\u0080\u0002K*.").bytes(), "the magic number is Integer 42");
    expect(new LegacyFiles().raw("\u0080\u0002").global("os", "system").raw(".").bytes(),
        "the pickle names os.system");
    expect(new LegacyFiles().raw("\u0080\u0002X\u00ff\u00ff\u00ff\u007fabc").bytes(),
        "a pickled value of 2147483647 bytes is longer than the 3 bytes left");
    expect(new LegacyFiles().raw("\u0080\u0002\u008e\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff"
        + "\u00ffab").bytes(), "is longer than the 2 bytes left");
    expect(new LegacyFiles().raw("\u0080\u0002\u0093.").bytes(), "opcode 147 is not allowed");
    expect(new LegacyFiles().header().raw("\u0080\u0002K\u0001.").bytes(),
        "the state dict is Integer 1");
    expect(new LegacyFiles().raw("\u0080\u0002" + "N".repeat(LegacyUnpickler.MAX_OPCODES) + ".")
        .bytes(), "the pickle runs more than 500000 opcodes");
  }

  @Test
  void aFileLargerThanTheCapIsNotRead() throws IOException {
    Path big = dir.resolve("big.pth");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(StateDict.MAX_FILE_BYTES + 1);
    }
    assertThatThrownBy(() -> StateDict.read(big)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(big + ": " + (StateDict.MAX_FILE_BYTES + 1) + " bytes is larger");
  }

  private void expect(byte[] file, String message) {
    Path path;
    try {
      path = write(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThatThrownBy(() -> StateDict.read(path)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(path.toString()).hasMessageContaining(message);
  }

  private Path write(byte[] bytes) throws IOException {
    Path path = Files.createTempFile(dir, "state", ".pth");
    return Files.write(path, bytes);
  }
}
