package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.kyc4j.spi.FaceGeometry;

/**
 * Face geometry of synthetic posed faces: eye aspect, mouth and roll do not depend on roll, scale
 * or place, and the pose is recovered near frontal. QuickTheories prints the seed of any failing run.
 */
class FaceGeometryProperties {
  @Test
  void aspectRatiosAndMouthDoNotDependOnRollScaleOrPlace() {
    qt().withExamples(1000).forAll(doubles().between(0.05, 0.45), doubles().between(-60, 60),
        doubles().between(0.3, 8), doubles().between(-200, 2000)).checkAssert((aspect, roll, scale, cx) -> {
          FaceGeometry g = FaceMeasures.of(SyntheticFace.posed(aspect, 0, 0, roll, scale, cx, 500));
          assertThat(g.rightEyeAspect()).isCloseTo(aspect, within(1e-3));
          assertThat(g.leftEyeAspect()).isCloseTo(aspect, within(1e-3));
          assertThat(g.eyeAspect()).isCloseTo(aspect, within(1e-3));
          assertThat(g.mouthOpening()).isCloseTo(0.12, within(1e-3));
          assertThat(g.roll()).isCloseTo(roll, within(1e-3));
          assertThat(g.eyeDistance()).isCloseTo(60 * scale, within(1e-3 * scale + 1e-3));
        });
  }

  @Test
  void poseIsRecoveredNearFrontal() {
    qt().withExamples(1000).forAll(doubles().between(-25, 25), doubles().between(-25, 25), doubles().between(-40, 40))
        .checkAssert((yaw, pitch, roll) -> {
          FaceGeometry g = FaceMeasures.of(SyntheticFace.posed(0.3, yaw, pitch, roll, 2, 300, 300));
          assertThat(g.yaw()).isCloseTo(yaw, within(1e-3));
          assertThat(g.roll()).isCloseTo(roll, within(1e-3));
          assertThat(g.pitch()).isCloseTo(pitch, within(3.5));
        });
  }

  @Test
  void pureTurnsHaveTheDocumentedSigns() {
    // Turning to their own left takes the subject's left eye away from the camera.
    assertThat(FaceMeasures.of(SyntheticFace.posed(0.3, 30, 0, 0, 1, 0, 0)).yaw()).isCloseTo(30, within(1e-3));
    // Looking up brings the chin towards the camera.
    assertThat(FaceMeasures.of(SyntheticFace.posed(0.3, 0, 20, 0, 1, 0, 0)).pitch()).isCloseTo(20, within(1e-3));
    FaceGeometry frontal = FaceMeasures.of(SyntheticFace.posed(0.3, 0, 0, 0, 1, 100, 100));
    assertThat(frontal.rightEye().x()).isLessThan(frontal.leftEye().x());
    assertThat(frontal.rightEye().x()).isCloseTo(100 - 30, within(1e-3));
    assertThat(frontal.mouthRight()).isEqualTo(new FaceGeometry.Point(75, 160));
    assertThat(frontal.mouthLeft()).isEqualTo(new FaceGeometry.Point(125, 160));
  }

  @Test
  void closedEyesHaveAspectNearZero() {
    FaceGeometry g = FaceMeasures.of(SyntheticFace.posed(0.0, 0, 0, 0, 1, 0, 0));
    assertThat(g.eyeAspect()).isCloseTo(0, within(1e-6));
  }

  @Test
  void refusesImpossibleValues() {
    FaceGeometry.Point p = new FaceGeometry.Point(0, 0);
    assertThatThrownBy(() -> new FaceGeometry(-0.1, 0.3, 0, 0, 0, 0, p, p, p, p)).hasMessageContaining("-0.1");
    assertThatThrownBy(() -> new FaceGeometry(0.3, 0.3, 0, 200, 0, 0, p, p, p, p)).hasMessageContaining("200");
    assertThatThrownBy(() -> new FaceGeometry.Point(Double.NaN, 0)).hasMessageContaining("finite");
  }
}
