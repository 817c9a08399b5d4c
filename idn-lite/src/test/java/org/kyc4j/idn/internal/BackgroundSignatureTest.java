package org.kyc4j.idn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceRegion;

/** The background signature sees the room, not the person in front of it. */
class BackgroundSignatureTest {
  private static final long SEED = 17L;
  private static final double THRESHOLD = 0.96;
  private static final FaceRegion FACE = new FaceRegion(0, 130, 60, 60, 80);

  /** A room lit from the left with a door frame, and a person (random texture) standing in it. */
  private static RgbImage room(int tint, long personSeed, int personShift) {
    int w = 320;
    int h = 240;
    int[] pixels = new int[w * h];
    SplittableRandom person = new SplittableRandom(personSeed);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int light = 200 - x * 120 / w;
        int r = Math.min(255, light + tint);
        int g = light;
        int b = Math.max(0, light - tint);
        if (x > 250 && x < 290 && y > 30) {
          r = g = b = 60;
        }
        boolean inPerson = x >= 110 + personShift && x < 210 + personShift && y >= 40;
        pixels[y * w + x] = inPerson ? person.nextInt(1 << 24) : r << 16 | g << 8 | b;
      }
    }
    return RgbImage.of(w, h, pixels);
  }

  private static double similarity(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return 1 - Math.sqrt(sum / a.length);
  }

  @Test
  void sameRoomWithAnotherPersonIsSimilar() {
    System.out.println("BackgroundSignatureTest seed " + SEED);
    float[] first = BackgroundSignature.of(room(30, SEED, 0), FACE).values();
    float[] second = BackgroundSignature.of(room(30, SEED + 1, 6), new FaceRegion(0, 136, 64, 58, 76)).values();
    assertThat(first).hasSize(BackgroundSignature.LENGTH);
    assertThat(similarity(first, second)).isGreaterThanOrEqualTo(THRESHOLD);
  }

  @Test
  void anotherRoomIsNotSimilar() {
    float[] first = BackgroundSignature.of(room(30, SEED, 0), FACE).values();
    float[] other = BackgroundSignature.of(room(-40, SEED, 0), FACE).values();
    assertThat(similarity(first, other)).isLessThan(THRESHOLD);
  }

  @Test
  void plainBackgroundGivesNoSignature() {
    int[] grey = new int[320 * 240];
    java.util.Arrays.fill(grey, 0x808080);
    BackgroundSignature.Result result = BackgroundSignature.of(RgbImage.of(320, 240, grey), FACE);
    assertThat(result.values()).isNull();
    assertThat(result.note()).contains("too plain");
  }

  @Test
  void faceFillingTheFrameGivesNoSignature() {
    BackgroundSignature.Result result = BackgroundSignature.of(room(30, SEED, 0), new FaceRegion(0, 60, 30, 200, 200));
    assertThat(result.values()).isNull();
    assertThat(result.note()).contains("less than 10%");
  }
}
