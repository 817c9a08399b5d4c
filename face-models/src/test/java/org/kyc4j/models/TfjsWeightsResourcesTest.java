package org.kyc4j.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kyc4j.models.internal.TfjsDtype;
import org.kyc4j.models.internal.TfjsModel;
import org.kyc4j.models.internal.TfjsQuantization;
import org.kyc4j.models.internal.TfjsWeightGroup;
import org.kyc4j.models.internal.TfjsWeightSpec;
import org.kyc4j.models.internal.TfjsWeights;

/** Reading a bare weights manifest and its shards from the class path (face-api's dlib ResNet). */
class TfjsWeightsResourcesTest {
  private static final String FOLDER = DlibResNet.FOLDER;

  @Test
  void readsFaceApiManifestAndDequantisesFromResources() throws IOException {
    List<TfjsWeightGroup> groups = TfjsModel.parseWeightsManifest(bytes(DlibResNet.MANIFEST));
    List<TfjsWeightSpec> specs = groups.stream().flatMap(g -> g.weights().stream()).toList();
    assertThat(specs).hasSize(117);
    assertThat(specs.stream().filter(s -> s.quantization().isEmpty())).hasSize(8);
    TfjsWeightSpec first = specs.get(0);
    assertThat(first.name()).isEqualTo("conv32_down/conv/filters");
    TfjsQuantization q = first.quantization().orElseThrow();
    assertThat(q.dtype()).isEqualTo(TfjsDtype.UINT8);

    TfjsWeights weights = TfjsWeights.loadResources(groups, getClass(), FOLDER);
    byte[] shard = bytes(groups.get(0).paths().get(0));
    for (int i : new int[] {0, 1, 4703}) {
      double expected = (shard[i] & 0xff) * q.scale() + q.min();
      assertThat(weights.get(first.name()).get(i)).isEqualTo((float) expected);
    }
  }

  @Test
  void rejectsShardPathsOutsideTheFolderAndMissingShards() {
    TfjsWeightSpec spec = new TfjsWeightSpec("w", List.of(1), TfjsDtype.FLOAT32, Optional.empty());
    for (String path : List.of("../secret.bin", "/abs.bin", "", "a\\b.bin")) {
      List<TfjsWeightGroup> groups = List.of(new TfjsWeightGroup(List.of(path), List.of(spec)));
      assertThatThrownBy(() -> TfjsWeights.loadResources(groups, getClass(), FOLDER))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not allowed");
    }
    List<TfjsWeightGroup> missing = List.of(new TfjsWeightGroup(List.of("nope.bin"), List.of(spec)));
    assertThatThrownBy(() -> TfjsWeights.loadResources(missing, getClass(), FOLDER))
        .isInstanceOf(FileNotFoundException.class).hasMessageContaining(FOLDER + "nope.bin");
  }

  @Test
  void manifestMustBeAnArray() {
    assertThatThrownBy(() -> TfjsModel.parseWeightsManifest(
        "{\"weightsManifest\": []}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$");
  }

  private byte[] bytes(String file) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(FOLDER + file)) {
      assertThat(in).as(FOLDER + file).isNotNull();
      return in.readAllBytes();
    }
  }
}
