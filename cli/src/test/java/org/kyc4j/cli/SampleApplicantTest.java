package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

class SampleApplicantTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @TempDir
  Path dir;

  @Test
  void withoutDataADrawnFaceMakesACompleteApplicant() throws IOException {
    long seed = 7;
    System.out.println("SampleApplicantTest seed " + seed);
    SampleApplicant.Sample sample = SampleApplicant.generate(new DataFolder(dir.resolve("absent"), "test"), seed, TODAY);
    assertThat(sample.faceSource()).contains("drawn face");
    assertThat(size(sample.front())).isEqualTo(List.of(SampleCard.PHOTO_WIDTH, SampleCard.PHOTO_HEIGHT));
    assertThat(size(sample.back())).isEqualTo(List.of(SampleCard.PHOTO_WIDTH, SampleCard.PHOTO_HEIGHT));
    assertThat(sample.frames()).hasSize(SampleApplicant.FRAMES);
    for (byte[] frame : sample.frames()) {
      assertThat(size(frame)).isEqualTo(List.of(SampleSelfie.WIDTH, SampleSelfie.HEIGHT));
    }
    Set<String> distinct = new HashSet<>();
    sample.frames().forEach(f -> distinct.add(java.util.Arrays.toString(f)));
    assertThat(distinct).as("frames differ from each other").hasSize(SampleApplicant.FRAMES);
  }

  @Test
  void theSameSeedGivesTheSameApplicantAndAnotherSeedAnotherCard() throws IOException {
    DataFolder none = new DataFolder(dir.resolve("absent"), "test");
    SampleApplicant.Sample a = SampleApplicant.generate(none, 3, TODAY);
    SampleApplicant.Sample b = SampleApplicant.generate(none, 3, TODAY);
    SampleApplicant.Sample c = SampleApplicant.generate(none, 4, TODAY);
    assertThat(a.front()).isEqualTo(b.front());
    assertThat(a.frames().get(4)).isEqualTo(b.frames().get(4));
    assertThat(a.holder()).isEqualTo(b.holder()).isNotEqualTo(c.holder());
  }

  @Test
  void theHolderIsConsistentWithItsMrzAndValidOnTheDate() {
    for (long seed = 0; seed < 50; seed++) {
      CardHolder holder = SampleApplicant.holder("George_W_Bush", new Random(seed), TODAY);
      assertThat(holder.surname()).isEqualTo("Bush");
      assertThat(holder.givenNames()).isEqualTo("George W");
      assertThat(holder.expiry()).isAfter(TODAY);
      assertThat(holder.dateOfBirth()).isBefore(TODAY.minusYears(18));
      List<String> mrz = holder.mrz();
      assertThat(MrzChecks.failingTd1(mrz.get(0), mrz.get(1))).as("seed " + seed).isEmpty();
      assertThat(mrz.get(2)).isEqualTo("BUSH<<GEORGE<W<<<<<<<<<<<<<<<<");
    }
  }

  @Test
  void withLfwTheCardAndTheSelfieShowTwoPhotosOfOnePerson() throws IOException {
    DataSets sets = DataSets.current();
    sets.path(DataSet.LFW_FACES);
    DataFolder data = sets.folder();
    for (long seed : new long[] {1, 2, 99}) {
      LfwFaces.Pick pick = LfwFaces.pick(data.path(), seed).orElseThrow();
      assertThat(pick.portrait()).isNotEqualTo(pick.selfie());
      assertThat(pick.portrait().getParent()).isEqualTo(pick.selfie().getParent());
      assertThat(pick.portrait().getFileName().toString()).startsWith(pick.identity());
      assertThat(Files.isRegularFile(pick.portrait()) && Files.isRegularFile(pick.selfie())).isTrue();
    }
    SampleApplicant.Sample sample = SampleApplicant.generate(data, 1, TODAY);
    LfwFaces.Pick pick = LfwFaces.pick(data.path(), 1).orElseThrow();
    assertThat(sample.faceSource()).contains(pick.portrait().getFileName().toString())
        .contains(pick.selfie().getFileName().toString());
    assertThat(pick.identity()).endsWith("_" + sample.holder().surname());
  }

  @Test
  void saveWritesEveryImage() throws IOException {
    SampleApplicant.Sample sample = SampleApplicant.generate(new DataFolder(dir.resolve("absent"), "test"), 5, TODAY);
    Path out = dir.resolve("out/sample");
    List<String> names = SampleApplicant.save(sample, out);
    assertThat(names).containsExactly("front.jpg", "back.jpg", "frame-1.jpg", "frame-2.jpg", "frame-3.jpg",
        "frame-4.jpg", "frame-5.jpg", "portrait-photo.jpg");
    assertThat(Files.readAllBytes(out.resolve("front.jpg"))).isEqualTo(sample.front());
    assertThat(Files.readAllBytes(out.resolve("frame-5.jpg"))).isEqualTo(sample.frames().get(4));
  }

  private static List<Integer> size(byte[] jpeg) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
    assertThat(image).isNotNull();
    return List.of(image.getWidth(), image.getHeight());
  }
}
