package org.kyc4j.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
  @TempDir
  Path dir;

  @Test
  void thePropertyWinsOverTheVariableWhichWinsOverTheDefault() {
    Path work = dir.resolve("repo/module");
    assertThat(DataFolder.locate("/data/a", "/data/b", work))
        .isEqualTo(new DataFolder(Path.of("/data/a"), "system property kyc4j.data.dir"));
    assertThat(DataFolder.locate(null, "/data/b", work))
        .isEqualTo(new DataFolder(Path.of("/data/b"), "environment variable KYC4J_DATA"));
    assertThat(DataFolder.locate(" ", "", work).origin()).startsWith("default ../shared/data");
  }

  @Test
  void relativeValuesStartAtTheWorkingDirectory() {
    Path work = dir.resolve("repo");
    assertThat(DataFolder.locate("rel/data", null, work).path()).isEqualTo(work.resolve("rel/data"));
    assertThat(DataFolder.locate(null, "../elsewhere", work).path()).isEqualTo(dir.resolve("elsewhere"));
  }

  @Test
  void theDefaultLiesBesideTheNearestFolderWithDotMvn() throws IOException {
    Path root = dir.resolve("work/repo");
    Files.createDirectories(root.resolve(".mvn"));
    Path module = Files.createDirectories(root.resolve("engine-core/src"));
    DataFolder fromModule = DataFolder.locate(null, null, module);
    assertThat(fromModule.path()).isEqualTo(dir.resolve("work/shared/data"));
    assertThat(fromModule.origin()).isEqualTo("default ../shared/data beside the project root " + root);
    assertThat(DataFolder.locate(null, null, root)).isEqualTo(fromModule);
  }

  @Test
  void withoutDotMvnTheDefaultIsRelativeToTheWorkingDirectory() {
    Path work = dir.resolve("a/b");
    DataFolder folder = DataFolder.locate(null, null, work);
    assertThat(folder.path()).isEqualTo(dir.resolve("a/shared/data"));
    assertThat(folder.origin()).contains("relative to the working directory");
  }

  @Test
  void aPresentSetIsFoundAndAnAbsentOneNamesWhereItWasLookedFor() throws IOException {
    Files.createDirectories(dir.resolve("data/lfw_faces"));
    DataFolder folder = new DataFolder(dir.resolve("data"), "test");
    assertThat(folder.exists()).isTrue();
    assertThat(folder.find(DataSet.LFW_FACES)).contains(dir.resolve("data/lfw_faces"));
    assertThat(folder.require(DataSet.LFW_FACES)).isEqualTo(dir.resolve("data/lfw_faces"));
    assertThat(folder.find(DataSet.NUAA_PRINT_ATTACK)).isEmpty();
    assertThatThrownBy(() -> folder.require(DataSet.NUAA_PRINT_ATTACK)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("data set nuaa_print_attack is absent")
        .hasMessageContaining(dir.resolve("data/nuaa_print_attack").toString())
        .hasMessageContaining("(test)")
        .hasMessageContaining("system property kyc4j.data.dir").hasMessageContaining("KYC4J_DATA");
  }

  @Test
  void aMissingFolderIsSaidSo() {
    DataFolder folder = new DataFolder(dir.resolve("none"), "test");
    assertThat(folder.exists()).isFalse();
    assertThat(folder.describe()).isEqualTo("data folder " + dir.resolve("none") + " (test): it does not exist");
  }

  @Test
  void setNamesAreTheFolderNames() {
    assertThat(DataSet.LFW_FACES.folderName()).isEqualTo("lfw_faces");
    assertThat(DataSet.ID_DOCUMENTS_MRZ.folderName()).isEqualTo("id_documents_mrz");
    assertThat(DataSet.ofFolderName("pad_extra")).isEqualTo(DataSet.PAD_EXTRA);
    assertThatThrownBy(() -> DataSet.ofFolderName("lfw")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown data set 'lfw'; known: lfw_faces, nuaa_print_attack, ");
  }
}
