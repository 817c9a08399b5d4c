package org.kyc4j.liveness.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.liveness.face.FaceSelfieProvider;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

/**
 * The descriptor agreement of liveness.actions after face.selfie in a real engine, on LFW dev photos
 * drawn at the same place of a 640x480 frame, 100 ms apart, so the box does not jump: one person
 * throughout agrees, a capture whose last frames show another person fails with FRAMES_INCONSISTENT.
 */
class ActionAgreementEngineTest {
  private static Kyc4j engine;

  @BeforeAll
  static void build() {
    engine = Kyc4j.builder().discovery(false).addProvider(new FaceSelfieProvider()).addProvider(new ActionProvider())
        .build();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void onePersonThroughoutAgrees() {
    byte[] a = framed("Aaron_Peirsol/Aaron_Peirsol_0001.jpg");
    Finding finding = finding(ActionDetectorContractTest.capture("one", "actions=NONE", a, a, a, a, a, a));
    assertThat(finding.outcome()).as("%s", finding).isEqualTo(Outcome.PASS);
    assertThat(finding.evidence().get("descriptorAgreement")).as("first and last frame compared").contains("0-5 ");
  }

  @Test
  void anotherPersonAtTheEndFailsAsInconsistent() {
    byte[] a = framed("Aaron_Peirsol/Aaron_Peirsol_0001.jpg");
    byte[] b = framed("Aaron_Guiel/Aaron_Guiel_0001.jpg");
    Finding finding = finding(ActionDetectorContractTest.capture("swap", "actions=NONE", a, a, a, a, b, b));
    assertThat(finding.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(finding.reason().code()).isEqualTo(ReasonCode.FRAMES_INCONSISTENT);
    assertThat(finding.reason().message()).contains("show different faces").contains("frames 0 and ");
  }

  private static Finding finding(org.kyc4j.api.VerificationRequest request) {
    return engine.verify(request).findings().stream().filter(f -> f.detectorId().equals(ActionDetector.ID))
        .findFirst().orElseThrow();
  }

  /** An LFW dev photo scaled to 300 pixels in the middle of a grey 640x480 frame, as JPEG. */
  private static byte[] framed(String name) {
    Path file = DataSets.require(DataSet.LFW_FACES).resolve("images").resolve(name);
    try {
      BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = frame.createGraphics();
      g.setColor(new Color(0x808080));
      g.fillRect(0, 0, 640, 480);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(ImageIO.read(file.toFile()), 170, 90, 300, 300, null);
      g.dispose();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(frame, "jpeg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
