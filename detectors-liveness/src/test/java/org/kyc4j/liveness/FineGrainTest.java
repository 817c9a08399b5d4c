package org.kyc4j.liveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sensor-noise measure on rasters whose answer is known. */
class FineGrainTest {
  private static final long SEED = 11L;

  @Test
  void aFlatRasterHasNoFineGrain() {
    assertThat(FineGrain.share(raster(64, 48, (x, y) -> 128f), 64, 48)).isZero();
  }

  @Test
  void horizontalAndVerticalRampsHaveNoFineGrainEvenWhenRounded() {
    assertThat(FineGrain.share(raster(64, 48, (x, y) -> Math.round(x * 0.7f)), 64, 48)).isZero();
    assertThat(FineGrain.share(raster(64, 48, (x, y) -> Math.round(30 + y * 1.3f)), 64, 48)).isZero();
  }

  @Test
  void sensorNoiseIsFineGrain() {
    System.out.println("noise seed " + SEED);
    Random random = new Random(SEED);
    float[] noisy = raster(64, 48, (x, y) -> (float) (100 + 2 * random.nextGaussian()));
    assertThat(FineGrain.share(noisy, 64, 48)).isGreaterThan(0.8);
  }

  @Test
  void edgesAreLeftOut() {
    float[] step = raster(64, 48, (x, y) -> x < 32 ? 20f : 220f);
    assertThat(FineGrain.share(step, 64, 48)).isZero();
  }

  @Test
  void unmeasurableRastersGiveNaN() {
    assertThat(FineGrain.share(new float[4], 2, 2)).isNaN();
    float[] steep = raster(32, 32, (x, y) -> 20f * x);
    assertThat(FineGrain.share(steep, 32, 32)).as("every pixel an edge").isNaN();
  }

  @Test
  void largeRastersAreSampledByRowsWithTheSameResult() {
    System.out.println("noise seed " + SEED);
    Random random = new Random(SEED);
    int w = 1400;
    int h = 1000;
    float[] half = raster(w, h, (x, y) -> x < w / 2 ? 90f : (float) (90 + 3 * random.nextGaussian()));
    assertThat(FineGrain.share(half, w, h)).isBetween(0.45, 0.52);
  }

  interface Pixel {
    float at(int x, int y);
  }

  static float[] raster(int width, int height, Pixel pixel) {
    float[] raster = new float[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        raster[y * width + x] = pixel.at(x, y);
      }
    }
    return raster;
  }
}
