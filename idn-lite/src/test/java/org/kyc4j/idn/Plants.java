package org.kyc4j.idn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kyc4j.api.RiskType;
import org.kyc4j.idn.testing.SyntheticFaces;
import org.kyc4j.spi.IdentityRecord;

/**
 * A probe and, for each identity network risk type, the smallest set of earlier records that
 * raises exactly that risk against it, plus distractors that raise none. Faces are face-like
 * ({@link SyntheticFaces}): the probe shows an identity's mean face and same-face plants are
 * captures of it (cosine 0.963-0.993, above the STANDARD match threshold 0.945); other people are
 * other identities drawn below cosine {@value #OTHER_BELOW} to it (under every level's
 * clearly-different threshold, 0.89-0.91). Not thread-safe.
 */
final class Plants {
  static final LocalDate DOB = LocalDate.of(1988, 2, 29);
  /** Other people's faces have a cosine below this to the probe's. */
  static final double OTHER_BELOW = 0.88;
  private final SyntheticFaces faces;
  private final SplittableRandom random;
  private final float[] face;
  private final float[] background;

  Plants(long seed) {
    this.faces = new SyntheticFaces(128, seed);
    this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.face = faces.identity();
    this.background = randomBackground();
  }

  /** Returns the probe: user pu, PASSPORT P-1, Pat Probe born {@link #DOB}, a face and a background. */
  IdentityRecord probe(long hours) {
    return Rec.of("probe").user("pu").id("PASSPORT", "P-1").person("Pat Probe", DOB).face(face)
        .background(background).device("pd").hours(hours).build();
  }

  /** Returns records (named {@code plant-...}) that raise {@code type}; for IDN_THRESHOLD, {@code threshold} of them. */
  List<IdentityRecord> plant(RiskType type, int threshold, long hours) {
    List<IdentityRecord> out = new ArrayList<>();
    Rec r = Rec.of("plant-" + type.name().toLowerCase(java.util.Locale.ROOT)).hours(hours);
    switch (type) {
      case SAME_FACE_DIFFERENT_ID_NUMBER -> out.add(r.face(faces.capture(face)).id("PASSPORT", "Z9").build());
      case SAME_ID_DIFFERENT_FACE -> out.add(r.id(null, "p1").face(other()).build());
      case SAME_FACE_DIFFERENT_PERSON -> out.add(r.face(faces.capture(face)).person("Other Person", DOB).build());
      case SAME_ID_DIFFERENT_PERSON -> out.add(r.id("PASSPORT", "P1").person("Pat Probe", DOB.plusDays(1)).build());
      case SAME_PERSON_DIFFERENT_FACE -> out.add(r.person("PROBE, Pát", DOB).face(other()).build());
      case SAME_PERSON_DIFFERENT_ID_NUMBER -> out.add(r.person("pat probe", DOB).id(null, "Q-7").build());
      case SAME_FACE_DIFFERENT_ID_TYPE -> out.add(r.face(faces.capture(face)).id("ID_CARD_TD1", null).build());
      case SAME_FACE_DIFFERENT_USER_ID -> out.add(r.face(faces.capture(face)).user("someone-else").build());
      case SAME_FACE_BACKGROUND_DIFFERENT_FACE -> out.add(r.face(other()).background(near(background)).build());
      case IDN_THRESHOLD -> {
        for (int i = 0; i < threshold; i++) {
          out.add(Rec.of("plant-threshold-" + i).id("PASSPORT", "P1").user("user-" + i).hours(hours).build());
        }
      }
      case VELOCITY -> throw new IllegalArgumentException("velocity is not an identity network risk");
    }
    return out;
  }

  /** Returns a record that raises nothing against the probe. */
  IdentityRecord distractor(int i, long hours) {
    return Rec.of("other-" + i).user("other-user-" + i).id(random.nextBoolean() ? "PASSPORT" : null, "N" + i)
        .person("Person " + i, DOB.minusDays(i + 1)).face(other()).background(randomBackground())
        .device("pd").hours(hours).build();
  }

  /** Returns another person's face: clearly different from the probe's. */
  private float[] other() {
    return faces.identity(face, OTHER_BELOW);
  }

  private float[] randomBackground() {
    float[] b = new float[48];
    for (int i = 0; i < b.length; i++) {
      b[i] = (float) random.nextDouble();
    }
    return b;
  }

  private float[] near(float[] b) {
    float[] out = b.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) Math.min(1, Math.max(0, out[i] + (random.nextDouble() - 0.5) * 0.04));
    }
    return out;
  }
}
