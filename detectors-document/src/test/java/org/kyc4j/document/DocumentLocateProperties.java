package org.kyc4j.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.kyc4j.api.Level;
import org.kyc4j.api.Page;

/**
 * Rectification is stable under small rotations and scales: a generated card turned by up to 10
 * degrees either way and covering 40 to 80% of the photo's short side is found with its corners
 * within 1% of its diagonal, in upright order. QuickTheories prints the seed of any failing run.
 */
class DocumentLocateProperties {
  private static final DocumentLocator LOCATOR = new DocumentLocator();

  @Test
  void smallRotationsAndScalesKeepTheCornersInPlace() {
    qt().withExamples(25).forAll(longs().all(), doubles().between(-10, 10), doubles().between(0.4, 0.8))
        .checkAssert((seed, degrees, scale) -> {
          CardScenes.Scene scene = CardScenes.scene(seed, 1200, 900, 600, 450, scale, degrees, 0.02);
          DocumentLocator.Location location = LOCATOR.locate(Page.FRONT, scene.photo(), Level.STANDARD);
          assertThat(location.status()).as("seed %d, %.2f degrees, scale %.2f", seed, degrees, scale)
              .isEqualTo(DocumentLocator.Status.FOUND);
          double error = CardScenes.cornerError(location.card().orElseThrow().corners().coordinates(),
              scene.corners());
          assertThat(error).as("seed %d, %.2f degrees, scale %.2f", seed, degrees, scale).isLessThan(0.01);
        });
  }
}
