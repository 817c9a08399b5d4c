package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceVerdict;

class SubjectChoiceTest {
  private final SubjectChoice choice = SubjectChoice.defaults();

  @Test
  void noFaceIsNone() {
    SubjectChoice.Result result = choice.choose(List.of(), 640, 480);
    assertThat(result.verdict()).isEqualTo(FaceVerdict.NONE);
    assertThat(result.subject()).isNull();
  }

  @Test
  void theLargeCentralFaceBeatsASharperBackgroundFace() {
    FaceBox subject = face(270, 190, 120, 0.7);
    FaceBox background = face(20, 20, 50, 0.99);
    SubjectChoice.Result result = choice.choose(List.of(background, subject), 640, 480);
    assertThat(result.subject()).isEqualTo(subject);
    assertThat(result.others()).containsExactly(background);
    assertThat(result.verdict()).isEqualTo(FaceVerdict.ONE);
  }

  @Test
  void aSecondFaceOfComparableSizeIsMultiple() {
    FaceBox subject = face(300, 180, 120, 0.9);
    FaceBox neighbour = face(60, 180, 90, 0.9); // area 0.56 of the subject's
    SubjectChoice.Result result = choice.choose(List.of(neighbour, subject), 640, 480);
    assertThat(result.subject()).isEqualTo(subject);
    assertThat(result.verdict()).isEqualTo(FaceVerdict.MULTIPLE);
  }

  @Test
  void centralityOutweighsASlightlyLargerCornerFace() {
    FaceBox central = face(270, 190, 100, 0.9);
    FaceBox corner = face(500, 0, 110, 0.9); // 1.21 x the area, near a corner
    SubjectChoice.Result result = choice.choose(List.of(corner, central), 640, 480);
    assertThat(result.subject()).isEqualTo(central);
    assertThat(result.verdict()).isEqualTo(FaceVerdict.MULTIPLE);
  }

  @Test
  void tinyFacesDoNotCountAndATinySubjectIsTooSmall() {
    FaceBox subject = face(300, 200, 100, 0.9);
    FaceBox tiny = face(310, 230, 30, 0.95);
    SubjectChoice.Result one = choice.choose(List.of(tiny, subject), 640, 480);
    assertThat(one.verdict()).isEqualTo(FaceVerdict.ONE);
    assertThat(one.others()).isEmpty();
    SubjectChoice.Result small = choice.choose(List.of(tiny), 640, 480);
    assertThat(small.verdict()).isEqualTo(FaceVerdict.TOO_SMALL);
    assertThat(small.subject()).isEqualTo(tiny);
  }

  @Test
  void rankWeighsAreaDownByDistanceFromTheCentre() {
    assertThat(SubjectChoice.rank(face(250, 150, 100, 1), 600, 400)).isEqualTo(10_000);
    assertThat(SubjectChoice.rank(face(-50, -50, 100, 1), 600, 400)).isEqualTo(5_000);
  }

  @Test
  void refusesBadParameters() {
    assertThatThrownBy(() -> new SubjectChoice(0, 0.5)).hasMessageContaining("minSide 0.0");
    assertThatThrownBy(() -> new SubjectChoice(40, 1.5)).hasMessageContaining("comparableFraction 1.5");
    assertThatThrownBy(() -> choice.choose(List.of(), 0, 5)).hasMessageContaining("image size 0x5");
  }

  static FaceBox face(double x, double y, double side, double score) {
    return new FaceBox(x, y, side, side, score, new float[12]);
  }
}
