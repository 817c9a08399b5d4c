package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataDirTest {
  private static final Path WORK = Path.of("/repo/kyc4j").toAbsolutePath();

  @Test
  void thePropertyWinsOverTheVariableWhichWinsOverTheDefault() {
    assertThat(DataDir.locate("/data/a", "/data/b", WORK)).isEqualTo(new DataDir(Path.of("/data/a"),
        "system property kyc4j.data.dir"));
    assertThat(DataDir.locate(null, "/data/b", WORK).origin()).isEqualTo("environment variable KYC4J_DATA");
    assertThat(DataDir.locate(" ", "", WORK).path()).isEqualTo(WORK.resolve("../shared/data").normalize());
  }

  @Test
  void relativeLocationsStartAtTheWorkingDirectoryAndMissingFoldersAreSaidSo() {
    DataDir dir = DataDir.locate("rel/data", null, WORK);
    assertThat(dir.path()).isEqualTo(WORK.resolve("rel/data"));
    assertThat(dir.exists()).isFalse();
    assertThat(dir.describe()).contains("rel/data").contains("does not exist");
  }
}
