package org.kyc4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testdata.ModelFolder;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** An absent data set skips a test, unless data is required: then it fails it. */
class DataSetsTest {
  @TempDir
  Path dir;

  @Test
  void aPresentSetIsReturnedEitherWay() throws IOException {
    Path lfw = Files.createDirectories(dir.resolve("lfw_faces"));
    DataFolder folder = new DataFolder(dir, "test");
    assertThat(new DataSets(folder, false).path(DataSet.LFW_FACES)).isEqualTo(lfw);
    assertThat(new DataSets(folder, true).path(DataSet.LFW_FACES)).isEqualTo(lfw);
  }

  @Test
  void anAbsentSetSkipsWhenDataIsNotRequired() {
    DataSets sets = new DataSets(new DataFolder(dir.resolve("none"), "test"), false);
    assertThatThrownBy(() -> sets.path(DataSet.NUAA_PRINT_ATTACK)).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("data set nuaa_print_attack is absent")
        .hasMessageContaining(dir.resolve("none/nuaa_print_attack").toString())
        .hasMessageContaining("kyc4j.data.dir").hasMessageContaining("skipping");
  }

  @Test
  void anAbsentSetFailsWhenDataIsRequired() {
    DataSets sets = new DataSets(new DataFolder(dir.resolve("none"), "test"), true);
    assertThatThrownBy(() -> sets.path(DataSet.NUAA_PRINT_ATTACK)).isInstanceOf(AssertionFailedError.class)
        .isNotInstanceOf(TestAbortedException.class)
        .hasMessageContaining("data set nuaa_print_attack is absent")
        .hasMessageContaining("kyc4j.data.required").hasMessageContaining("fails instead of skipping");
  }

  @Test
  void anOptionalSetIsEmptyWhenAbsentUnlessDataIsRequired() throws IOException {
    Path lfw = Files.createDirectories(dir.resolve("lfw_faces"));
    DataFolder folder = new DataFolder(dir, "test");
    assertThat(new DataSets(folder, false).optionalPath(DataSet.LFW_FACES)).contains(lfw);
    assertThat(new DataSets(folder, false).optionalPath(DataSet.PAD_EXTRA)).isEmpty();
    assertThatThrownBy(() -> new DataSets(folder, true).optionalPath(DataSet.PAD_EXTRA))
        .isInstanceOf(AssertionFailedError.class).hasMessageContaining("data set pad_extra is absent");
  }

  @Test
  void thePropertyDecidesBeforeTheVariable() {
    assertThat(DataSets.required(null, null)).isFalse();
    assertThat(DataSets.required("", " ")).isFalse();
    assertThat(DataSets.required(null, "true")).isTrue();
    assertThat(DataSets.required("TRUE", null)).isTrue();
    assertThat(DataSets.required("false", "true")).isFalse();
    assertThatThrownBy(() -> DataSets.required("yes", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kyc4j.data.required is 'yes'; allowed: true, false");
    assertThatThrownBy(() -> DataSets.required(null, "1")).hasMessageContaining("KYC4J_DATA_REQUIRED is '1'");
  }

  @Test
  void anAbsentModelFolderSkipsOrFailsLikeADataSet() throws IOException {
    Path fas = Files.createDirectories(dir.resolve("models/minifasnet"));
    ModelFolder folder = new ModelFolder(dir.resolve("models"), "test");
    assertThat(DataSets.model(folder, "minifasnet", true)).isEqualTo(fas);
    assertThatThrownBy(() -> DataSets.model(folder, "other", false))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining("model folder other is absent")
        .hasMessageContaining("kyc4j.models.dir").hasMessageContaining("skipping");
    assertThatThrownBy(() -> DataSets.model(folder, "other", true))
        .isInstanceOf(AssertionFailedError.class).isNotInstanceOf(TestAbortedException.class)
        .hasMessageContaining("fails instead of skipping");
  }
}
