package org.kyc4j.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Random;
import javax.imageio.ImageIO;
import org.kyc4j.spi.DocumentQuad;
import org.kyc4j.testdata.DataFolder;

/**
 * Renders synthetic identity documents in synthetic photos, with ground truth, for tests and
 * evaluations: an ID-1 card with a TD1 MRZ or a TD3 passport data page, with a guilloche-like
 * background, a portrait (a real face from {@code lfw_faces} when the data folder has it, else a
 * drawn one; {@link SyntheticDocument#portraitSource()} says which), printed fields and a valid MRZ
 * in the JDK's {@code Monospaced} bold font; placed in a cluttered {@value #WIDTH} x {@value #HEIGHT}
 * scene with a quarter turn, roll, keystone tilt, scale and lighting gradient; optionally with one
 * {@link DocumentDefect}. Everything here is simulated: no real document, screen, print or forgery
 * is involved, and detection rates measured on these scenes say how a detector does on these
 * simulations only. A scene is a pure function of its seed, kind, defect and severity (the same
 * bytes on a given JDK). Immutable; thread-safe.
 */
public final class SyntheticDocuments {
  /** The photo width in pixels. */
  public static final int WIDTH = 1600;
  /** The photo height in pixels. */
  public static final int HEIGHT = 1200;
  /** The JPEG quality of every photo but {@link DocumentDefect#RECOMPRESSION}'s. */
  public static final float QUALITY = 0.92f;

  private final Portraits portraits;

  private SyntheticDocuments(Portraits portraits) {
    this.portraits = portraits;
  }

  /** Returns a generator with the faces of this process's data folder ({@link DataFolder#locate()}), or drawn ones. */
  public static SyntheticDocuments create() {
    return of(DataFolder.locate());
  }

  /** Returns a generator with the faces of {@code folder}'s {@code lfw_faces} dev set, or drawn faces when it is absent. */
  public static SyntheticDocuments of(DataFolder folder) {
    return new SyntheticDocuments(Portraits.of(Objects.requireNonNull(folder, "folder")));
  }

  /** Returns a generator whose portraits are all drawn, independent of any data. */
  public static SyntheticDocuments drawnPortraits() {
    return new SyntheticDocuments(Portraits.drawnOnly());
  }

  /** Returns whether the portraits are real face photos. */
  public boolean realPortraits() {
    return portraits.real();
  }

  /** Returns a scene whose defect severity is drawn from the seed, uniformly in [0.5, 1]. */
  public SyntheticScene scene(long seed, SyntheticKind kind, DocumentDefect defect) {
    double severity = defect == DocumentDefect.NONE ? 0 : 0.5 + 0.5 * new Random(stream(seed, 4)).nextDouble();
    return scene(seed, kind, defect, severity);
  }

  /**
   * Returns the scene of {@code seed}: the same seed gives the same document and placement whatever
   * the defect, so a clean scene and its defective twins differ by the defect only (and, for
   * {@link DocumentDefect#CUT_OFF}, by the card's position).
   *
   * @throws IllegalArgumentException if {@code severity} is outside [0, 1], or not 0 for {@link DocumentDefect#NONE}
   */
  public SyntheticScene scene(long seed, SyntheticKind kind, DocumentDefect defect, double severity) {
    return compose(seed, kind, defect, severity).scene();
  }

  /** A scene and the card raster that was warped into it (after the card's own defects). */
  record Composition(SyntheticScene scene, BufferedImage card) {}

  Composition compose(long seed, SyntheticKind kind, DocumentDefect defect, double severity) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(defect, "defect");
    if (!(severity >= 0 && severity <= 1) || defect == DocumentDefect.NONE && severity != 0) {
      throw new IllegalArgumentException("severity is " + severity + "; allowed: 0 to 1, and 0 for NONE");
    }
    Random cardRandom = new Random(stream(seed, 1));
    Random placeRandom = new Random(stream(seed, 2));
    Random defectRandom = new Random(stream(seed, 3));
    CardRenderer.Rendered rendered = CardRenderer.render(kind, SyntheticHolders.next(cardRandom, kind),
        portraits.next(cardRandom, null), cardRandom);
    SyntheticDocument doc = rendered.document();
    BufferedImage card = rendered.card();
    DefectLabel label = cardDefect(card, doc, defect, severity, defectRandom);
    BufferedImage scene = SceneComposer.background(placeRandom, WIDTH, HEIGHT, portraits);
    double outside = defect == DocumentDefect.CUT_OFF ? 0.12 + 0.25 * severity : 0;
    DocumentQuad quad = SceneComposer.place(placeRandom, (double) kind.width() / kind.height(), WIDTH, HEIGHT,
        outside);
    SceneComposer.warp(card, scene, quad);
    Homography toScene = Homography.cardToScene(kind.width(), kind.height(), quad);
    if (defect == DocumentDefect.FINGER_OCCLUSION) {
      label = SceneDefects.finger(scene, doc, toScene, severity, defectRandom);
    }
    SceneDefects.lighting(scene, placeRandom);
    label = label != null ? label : photoDefect(scene, doc, toScene, defect, severity, outside, defectRandom);
    SceneDefects.noise(scene, placeRandom, defect == DocumentDefect.DARK ? 3.5 : 2.0);
    byte[] jpeg;
    if (defect == DocumentDefect.RECOMPRESSION) {
      Recompression.Result result = Recompression.apply(scene, doc, toScene, severity, defectRandom);
      jpeg = result.jpeg();
      label = result.label();
    } else {
      jpeg = TestImages.jpeg(scene, QUALITY);
    }
    return new Composition(new SyntheticScene(seed, doc, quad, toScene.map(doc.portraitBox()), label, jpeg,
        WIDTH, HEIGHT), card);
  }

  /** Applies a defect of the card itself; null for the others. */
  private DefectLabel cardDefect(BufferedImage card, SyntheticDocument doc, DocumentDefect defect, double severity,
      Random random) {
    return switch (defect) {
      case GLARE -> CardDefects.glare(card, doc, severity, random);
      case HALFTONE_PRINT -> CardDefects.halftone(card, severity, random);
      case PORTRAIT_SWAP -> CardDefects.portraitSwap(card, doc, portraits, severity, random);
      case TEXT_EDIT -> CardDefects.textEdit(card, doc, severity, random);
      default -> null;
    };
  }

  /** Applies a defect of the whole photo, after the lighting and before the noise; labels the rest as none. */
  private static DefectLabel photoDefect(BufferedImage scene, SyntheticDocument doc, Homography toScene,
      DocumentDefect defect, double severity, double outside, Random random) {
    return switch (defect) {
      case BLUR -> SceneDefects.blur(scene, severity);
      case MOTION_BLUR -> SceneDefects.motionBlur(scene, severity, random);
      case DARK, BRIGHT -> SceneDefects.exposure(scene, defect, severity);
      case SCREEN_RECAPTURE -> SceneDefects.screen(scene, severity, random);
      case CUT_OFF -> cutOffLabel(doc, toScene, severity, outside);
      default -> DefectLabel.none();
    };
  }

  private static DefectLabel cutOffLabel(SyntheticDocument doc, Homography toScene, double severity, double outside) {
    int w = doc.kind().width();
    int h = doc.kind().height();
    int minX = w;
    int minY = h;
    int maxX = -1;
    int maxY = -1;
    for (int v = 0; v < h; v += 4) {
      for (int u = 0; u < w; u += 4) {
        double x = toScene.x(u, v);
        double y = toScene.y(u, v);
        if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT) {
          minX = Math.min(minX, u);
          minY = Math.min(minY, v);
          maxX = Math.max(maxX, u + 4);
          maxY = Math.max(maxY, v + 4);
        }
      }
    }
    CardBox region = maxX < 0 ? null : CardDefects.clip(minX, minY, maxX, maxY, w, h);
    return CardDefects.label(DocumentDefect.CUT_OFF, severity, region, "outsideShare", CardDefects.fmt(outside));
  }

  /**
   * Returns the seed of one random stream of a scene, mixed (the MurmurHash3 finalizer) so that
   * neighbouring scene seeds give unrelated streams: {@link Random}'s first outputs for seeds 1, 2, 3
   * are close.
   */
  private static long stream(long seed, int stream) {
    long z = seed * 0x9E3779B97F4A7C15L + stream;
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }

  static BufferedImage decode(byte[] jpeg) {
    try {
      return Pixels.copy(ImageIO.read(new ByteArrayInputStream(jpeg)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
