package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.liveness.face.SubjectChoice.Verdict;

class SubjectChoiceTest {
  private final SubjectChoice choice = SubjectChoice.defaults();

  @Test
  void noFaceIsNone() {
    SubjectChoice.Result result = choice.choose(List.of(), 640, 480);
    assertThat(result.verdict()).isEqualTo(Verdict.NONE);
    assertThat(result.subject()).isNull();
  }

  @Test
  void theLargeCentralFaceBeatsASharperBackgroundFace() {
    FaceCandidate subject = face(270, 190, 120, 0.7);
    FaceCandidate background = face(20, 20, 50, 0.99);
    SubjectChoice.Result result = choice.choose(List.of(background, subject), 640, 480);
    assertThat(result.subject()).isEqualTo(subject);
    assertThat(result.others()).containsExactly(background);
    assertThat(result.verdict()).isEqualTo(Verdict.ONE);
  }

  @Test
  void aSecondFaceOfComparableSizeIsMultiple() {
    FaceCandidate subject = face(300, 180, 120, 0.9);
    FaceCandidate neighbour = face(60, 180, 90, 0.9); // area 0.56 of the subject's
    SubjectChoice.Result result = choice.choose(List.of(neighbour, subject), 640, 480);
    assertThat(result.subject()).isEqualTo(subject);
    assertThat(result.verdict()).isEqualTo(Verdict.MULTIPLE);
  }

  @Test
  void centralityOutweighsASlightlyLargerCornerFace() {
    FaceCandidate central = face(270, 190, 100, 0.9);
    FaceCandidate corner = face(500, 0, 110, 0.9); // 1.21 x the area, near a corner
    SubjectChoice.Result result = choice.choose(List.of(corner, central), 640, 480);
    assertThat(result.subject()).isEqualTo(central);
    assertThat(result.verdict()).isEqualTo(Verdict.MULTIPLE);
  }

  @Test
  void tinyFacesDoNotCountAndATinySubjectIsTooSmall() {
    FaceCandidate subject = face(300, 200, 100, 0.9);
    FaceCandidate tiny = face(310, 230, 30, 0.95);
    SubjectChoice.Result one = choice.choose(List.of(tiny, subject), 640, 480);
    assertThat(one.verdict()).isEqualTo(Verdict.ONE);
    assertThat(one.others()).isEmpty();
    SubjectChoice.Result small = choice.choose(List.of(tiny), 640, 480);
    assertThat(small.verdict()).isEqualTo(Verdict.TOO_SMALL);
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

  static FaceCandidate face(double x, double y, double side, double score) {
    return new FaceCandidate(x, y, side, side, score, new float[12]);
  }
}
