package org.kyc4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyc4j.spi.DocumentFields;
import org.kyc4j.spi.DocumentQuad;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;

/**
 * Synthetic document scenes are deterministic, carry a valid MRZ, say truly where the card lies, and
 * every defect changes the photo where its label says. Seeds replay with {@code -Dkyc4j.seed=N}.
 */
class SyntheticDocumentsTest {
  private static final long SEED = Long.getLong("kyc4j.seed", 41L);
  private static final Set<DocumentDefect> LOCAL = EnumSet.of(DocumentDefect.GLARE,
      DocumentDefect.FINGER_OCCLUSION, DocumentDefect.PORTRAIT_SWAP, DocumentDefect.TEXT_EDIT,
      DocumentDefect.RECOMPRESSION);
  private final SyntheticDocuments generator = SyntheticDocuments.drawnPortraits();

  @Test
  void sameSeedGivesSameBytes() {
    for (DocumentDefect defect : new DocumentDefect[] {DocumentDefect.NONE, DocumentDefect.TEXT_EDIT}) {
      SyntheticScene a = generator.scene(SEED, SyntheticKind.ID1_CARD, defect);
      SyntheticScene b = generator.scene(SEED, SyntheticKind.ID1_CARD, defect);
      assertThat(a.jpeg()).as(a.toString()).isEqualTo(b.jpeg());
      assertThat(a.quad()).isEqualTo(b.quad());
      assertThat(a.defect()).isEqualTo(b.defect());
    }
    assertThat(generator.scene(SEED + 1, SyntheticKind.ID1_CARD, DocumentDefect.NONE).jpeg())
        .isNotEqualTo(generator.scene(SEED, SyntheticKind.ID1_CARD, DocumentDefect.NONE).jpeg());
  }

  @Test
  void sceneMrzIsValidAndMatchesTheFields() {
    for (SyntheticKind kind : SyntheticKind.values()) {
      SyntheticScene scene = generator.scene(SEED, kind, DocumentDefect.NONE);
      SyntheticDocument doc = scene.document();
      assertThat(MrzChecks.failing(doc.mrzLines())).as(scene.toString()).isEmpty();
      assertThat(doc.mrzLines()).hasSize(kind.mrz().lines()).allMatch(l -> l.length() == kind.mrz().lineLength());
      String number = doc.fields().get(DocumentFields.DOCUMENT_NUMBER);
      String mrzNumber = kind == SyntheticKind.ID1_CARD ? doc.mrzLines().get(0).substring(5, 14)
          : doc.mrzLines().get(1).substring(0, 9);
      assertThat(mrzNumber.replace("<", "")).as(scene.toString()).isEqualTo(number);
      assertThat(doc.fields()).containsEntry(DocumentFields.FORMAT, kind.mrz().name())
          .containsEntry(DocumentFields.DOCUMENT_TYPE, kind.type().code())
          .containsEntry(DocumentFields.MRZ_LINES, String.join("|", doc.mrzLines()));
      assertThat(doc.portraitSource()).isEqualTo("drawn");
      assertThat(doc.realPortrait()).isFalse();
    }
  }

  @Test
  void quadIsWhereTheCardPixelsAre() {
    for (long seed = SEED; seed < SEED + 4; seed++) {
      SyntheticKind kind = SyntheticKind.values()[(int) (seed % 2)];
      SyntheticDocuments.Composition c = generator.compose(seed, kind, DocumentDefect.NONE, 0);
      BufferedImage photo = c.scene().image();
      DocumentQuad quad = c.scene().quad();
      assertThat(SceneSampling.correlation(photo, c.card(), quad)).as(c.scene().toString()).isGreaterThan(0.85);
      double[] xy = quad.coordinates();
      DocumentQuad turned = DocumentQuad.of(xy[2], xy[3], xy[4], xy[5], xy[6], xy[7], xy[0], xy[1]);
      assertThat(SceneSampling.correlation(photo, c.card(), turned)).as("wrong corner order, " + c.scene())
          .isLessThan(0.5);
      assertThat(quad.diagonal()).isGreaterThan(0.3 * Math.hypot(SyntheticDocuments.WIDTH, SyntheticDocuments.HEIGHT));
      for (int i = 0; i < 8; i += 2) {
        assertThat(xy[i]).as(c.scene().toString()).isBetween(0.0, (double) SyntheticDocuments.WIDTH);
        assertThat(xy[i + 1]).as(c.scene().toString()).isBetween(0.0, (double) SyntheticDocuments.HEIGHT);
      }
    }
  }

  @Test
  void everyDefectChangesThePhotoAndIsLabelled() {
    Map<SyntheticKind, BufferedImage> clean = new EnumMap<>(SyntheticKind.class);
    for (SyntheticKind kind : SyntheticKind.values()) {
      clean.put(kind, generator.scene(SEED, kind, DocumentDefect.NONE).image());
    }
    for (DocumentDefect defect : DocumentDefect.values()) {
      if (defect == DocumentDefect.NONE) {
        continue;
      }
      SyntheticKind kind = SyntheticKind.values()[defect.ordinal() % 2];
      SyntheticScene scene = generator.scene(SEED, kind, defect);
      DefectLabel label = scene.defect();
      assertThat(label.defect()).as(scene.toString()).isEqualTo(defect);
      assertThat(label.severity()).isBetween(0.5, 1.0);
      assertThat(label.parameters()).as(scene.toString()).isNotEmpty();
      BufferedImage photo = scene.image();
      assertThat(SceneSampling.meanAbsDifference(photo, clean.get(kind))).as(scene.toString())
          .isGreaterThan(LOCAL.contains(defect) ? 0.1 : 1.0);
      if (LOCAL.contains(defect)) {
        CardBox region = label.cardRegion().orElseThrow();
        double[] inOut = SceneSampling.differenceInsideOutside(photo, clean.get(kind), scene, region);
        assertThat(inOut[0]).as("%s: inside %.2f, outside %.2f", scene, inOut[0], inOut[1])
            .isGreaterThan(2 * inOut[1] + 0.3);
      }
    }
  }

  @Test
  void cutOffPutsPartOfTheCardOutsideAndSaysWhich() {
    SyntheticScene scene = generator.scene(SEED, SyntheticKind.TD3_PASSPORT, DocumentDefect.CUT_OFF, 0.8);
    double[] xy = scene.quad().coordinates();
    boolean outside = false;
    for (int i = 0; i < 8; i += 2) {
      outside |= xy[i] < 0 || xy[i] >= scene.width() || xy[i + 1] < 0 || xy[i + 1] >= scene.height();
    }
    assertThat(outside).as(scene.toString()).isTrue();
    assertThat(scene.defect().cardRegion()).isPresent();
  }

  @Test
  void tamperLabelsSayWhatChanged() {
    SyntheticScene edit = generator.scene(SEED, SyntheticKind.ID1_CARD, DocumentDefect.TEXT_EDIT);
    String field = edit.defect().parameters().get("field");
    assertThat(edit.document().printedBoxes()).containsKey(field);
    assertThat(edit.defect().parameters().get("printed")).isNotEqualTo(edit.document().fields().get(field));
  }

  @Test
  void severityIsChecked() {
    assertThatThrownBy(() -> generator.scene(1, SyntheticKind.ID1_CARD, DocumentDefect.BLUR, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("severity is 1.5");
    assertThatThrownBy(() -> generator.scene(1, SyntheticKind.ID1_CARD, DocumentDefect.NONE, 0.5))
        .hasMessageContaining("0 for NONE");
  }

  @Test
  void drawsFacesWhenLfwIsAbsent(@TempDir Path empty) {
    SyntheticDocuments drawn = SyntheticDocuments.of(new DataFolder(empty, "test"));
    assertThat(drawn.realPortraits()).isFalse();
    assertThat(drawn.scene(SEED, SyntheticKind.ID1_CARD, DocumentDefect.NONE).document().portraitSource())
        .isEqualTo("drawn");
  }

  @Test
  void usesLfwFacesWhenPresent() {
    DataSets.require(DataSet.LFW_FACES);
    SyntheticDocuments real = SyntheticDocuments.create();
    SyntheticScene scene = real.scene(SEED, SyntheticKind.TD3_PASSPORT, DocumentDefect.PORTRAIT_SWAP);
    assertThat(real.realPortraits()).isTrue();
    assertThat(scene.document().portraitSource()).startsWith("lfw_faces:images/");
    String pasted = scene.defect().parameters().get("pasted");
    String identity = scene.document().portraitSource().split("/")[1];
    assertThat(pasted).startsWith("lfw_faces:images/").doesNotContain("/" + identity + "/");
  }
}
