package org.kyc4j.liveness.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Level;
import org.kyc4j.spi.FaceEmbedding;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.spi.SelfieFaces;

/** The per-level similarity limits on constructed descriptors of known cosine similarity. */
class DescriptorAgreementTest {
  @Test
  void aPairIsJudgedAgainstEachLevelsLimit() {
    SelfieFaces faces = faces(described(0), null, described(Math.acos(0.91)));
    assertThat(DescriptorAgreement.firstDisagreement(faces, Level.LOOSE)).isEmpty();
    assertThat(DescriptorAgreement.firstDisagreement(faces, Level.STANDARD)).isEmpty();
    assertThat(DescriptorAgreement.firstDisagreement(faces, Level.STRICT)).hasValueSatisfying(message ->
        assertThat(message).isEqualTo("frames 0 and 2 show different faces: descriptor similarity 0.910, at least"
            + " 0.92 needed at STRICT"));
    assertThat(DescriptorAgreement.describe(faces)).isEqualTo("0-2 0.910");
  }

  @Test
  void anyTwoDescribedFramesMustAgree() {
    SelfieFaces faces = faces(described(0), described(Math.acos(0.97)), described(-Math.acos(0.97)));
    assertThat(DescriptorAgreement.firstDisagreement(faces, Level.LOOSE)).isEmpty();
    assertThat(DescriptorAgreement.firstDisagreement(faces, Level.STANDARD)).hasValueSatisfying(message ->
        assertThat(message).startsWith("frames 1 and 2 show different faces"));
  }

  @Test
  void fewerThanTwoDescribedFramesAreNotJudged() {
    SelfieFaces faces = faces(described(0), null, null);
    assertThat(DescriptorAgreement.firstDisagreement(faces, Level.STRICT)).isEmpty();
    assertThat(DescriptorAgreement.describe(faces)).isEmpty();
  }

  private static FrameFaces described(double angle) {
    FaceEmbedding embedding = new FaceEmbedding("dlib-resnet-128", new float[] {(float) Math.cos(angle),
        (float) Math.sin(angle), 0});
    return FrameFaces.of(FaceVerdict.ONE, List.of(Tracks.BOX), null, null, embedding);
  }

  private static SelfieFaces faces(FrameFaces... frames) {
    List<FrameFaces> list = java.util.Arrays.stream(frames)
        .map(f -> f == null ? FrameFaces.of(FaceVerdict.ONE, List.of(Tracks.BOX), null, null) : f).toList();
    return new SelfieFaces(list, 0, "dlib-resnet-128-mirror", 128);
  }
}
