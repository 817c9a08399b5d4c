package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.spi.FaceGeometry;
import org.kyc4j.spi.FaceVerdict;

/**
 * Decodes real model outputs: the golden reference outputs of blazeface and facemesh for the dev face
 * photo (tools/golden, resources {@code /golden/MODEL-face-OUTPUT.f32}, inputs from GoldenInputs: the
 * photo's central 0.6 square resampled to the model's size). Checks the semantics the synthetic tests
 * cannot: anchor order, keypoint order, mesh indices. Skipped when the golden files are absent.
 */
class RealOutputsTest {
  @Test
  void blazeFaceFindsOneCentredUprightFace() throws IOException {
    List<FaceBox> faces = new BlazeFaceDecoder().decode(golden("blazeface", "Identity_2"),
        golden("blazeface", "Identity"), golden("blazeface", "Identity_3"), golden("blazeface", "Identity_1"),
        new Letterbox(256, 256, 256));
    System.out.println("blazeface on the golden face: " + faces);
    assertThat(faces).hasSize(1);
    FaceBox face = faces.get(0);
    assertThat(face.centreX()).isBetween(98.0, 158.0);
    assertThat(face.centreY()).isBetween(98.0, 158.0);
    assertThat(face.width()).isBetween(100.0, 250.0);
    assertThat(face.keypointX(FaceBox.RIGHT_EYE)).isLessThan(face.keypointX(FaceBox.LEFT_EYE));
    assertThat(face.keypointY(FaceBox.RIGHT_EYE)).isLessThan(face.keypointY(FaceBox.NOSE));
    assertThat(face.keypointY(FaceBox.NOSE)).isLessThan(face.keypointY(FaceBox.MOUTH));
    assertThat(face.keypointX(FaceBox.RIGHT_EAR)).isLessThan(face.keypointX(FaceBox.RIGHT_EYE));
    assertThat(SubjectChoice.defaults().choose(faces, 256, 256).verdict()).isEqualTo(FaceVerdict.ONE);
  }

  @Test
  void faceMeshGivesAnOpenEyedFrontalFace() throws IOException {
    float[] flag = golden("facemesh", "Identity_1");
    // The golden input is a plain 192-pixel square, so the crop maps crop pixels to themselves.
    FaceLandmarks mesh = new MeshCrop(96, 96, 192, 0).landmarks(golden("facemesh", "Identity_2"), flag[0]);
    FaceGeometry g = FaceMeasures.of(mesh);
    System.out.println("facemesh on the golden face: " + mesh + "\n" + g);
    assertThat(mesh.faceScore()).isGreaterThan(0.9);
    assertThat(g.rightEye().x()).isLessThan(g.leftEye().x());
    assertThat(g.rightEye().y()).isLessThan(g.mouthRight().y());
    assertThat(g.mouthRight().x()).isLessThan(g.mouthLeft().x());
    assertThat(g.rightEyeAspect()).isBetween(0.15, 0.45);
    assertThat(g.leftEyeAspect()).isBetween(0.15, 0.45);
    assertThat(g.mouthOpening()).isBetween(0.0, 0.5);
    assertThat(Math.abs(g.yaw())).isLessThan(20.0);
    assertThat(Math.abs(g.roll())).isLessThan(10.0);
    assertThat(Math.abs(g.pitch())).isLessThan(25.0);
    assertThat(g.eyeDistance()).isBetween(30.0, 120.0);
  }

  private static float[] golden(String model, String output) throws IOException {
    String name = "/golden/" + model + "-face-" + output + ".f32";
    try (InputStream in = RealOutputsTest.class.getResourceAsStream(name)) {
      Assumptions.assumeTrue(in != null, () -> "real-output test skipped: " + name
          + " is not on the test class path (the golden reference outputs of tools/golden)");
      ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
      float[] values = new float[bytes.remaining() / 4];
      bytes.asFloatBuffer().get(values);
      return values;
    }
  }
}
