package org.kyc4j.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFolderTest {
  @TempDir
  Path dir;

  @Test
  void thePropertyWinsOverTheVariableWhichWinsOverTheDefault() {
    Path work = dir.resolve("repo/module");
    assertThat(ModelFolder.locate("/m/a", "/m/b", work))
        .isEqualTo(new ModelFolder(Path.of("/m/a"), "system property kyc4j.models.dir"));
    assertThat(ModelFolder.locate(null, "/m/b", work))
        .isEqualTo(new ModelFolder(Path.of("/m/b"), "environment variable KYC4J_MODELS"));
    assertThat(ModelFolder.locate(" ", "", work).origin()).startsWith("default ../shared/models");
  }

  @Test
  void theDefaultLiesBesideTheProjectRootNextToTheDataFolder() throws IOException {
    Path root = dir.resolve("work/repo");
    Files.createDirectories(root.resolve(".mvn"));
    Path module = Files.createDirectories(root.resolve("face-models"));
    ModelFolder folder = ModelFolder.locate(null, null, module);
    assertThat(folder.path()).isEqualTo(dir.resolve("work/shared/models"));
    assertThat(folder.path().resolveSibling("data"))
        .isEqualTo(DataFolder.locate(null, null, module).path());
  }

  @Test
  void aModelSubfolderIsFoundOrItsAbsenceSaysWhereAndHow() throws IOException {
    Files.createDirectories(dir.resolve("models/minifasnet"));
    ModelFolder folder = new ModelFolder(dir.resolve("models"), "test");
    assertThat(folder.find("minifasnet")).contains(dir.resolve("models/minifasnet"));
    assertThat(folder.find("other")).isEmpty();
    assertThat(folder.absence("other")).contains("model folder other is absent")
        .contains(dir.resolve("models/other").toString()).contains("(test)")
        .contains("kyc4j.models.dir").contains("KYC4J_MODELS");
    assertThat(new ModelFolder(dir.resolve("none"), "t").absence("x")).contains("does not exist");
  }
}
