package org.kyc4j.idn.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticFacesTest {
  @Test
  void isDeterministicForASeedAndGivesUnitVectors() {
    SyntheticFaces a = new SyntheticFaces(128, 9);
    SyntheticFaces b = new SyntheticFaces(128, 9);
    float[] identity = a.identity();
    assertThat(b.identity()).isEqualTo(identity);
    assertThat(a.capture(identity)).isEqualTo(b.capture(identity));
    assertThat(SyntheticFaces.cosine(identity, identity)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(norm(a.capture(identity))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(new SyntheticFaces(128, 10).identity()).isNotEqualTo(identity);
  }

  @Test
  void hasTheDocumentedStatistics() {
    SyntheticFaces faces = new SyntheticFaces(128, 11);
    List<float[]> people = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      people.add(faces.identity());
    }
    double sum = 0;
    double max = -1;
    int pairs = 0;
    for (int i = 0; i < people.size(); i++) {
      for (int j = i + 1; j < people.size(); j++) {
        double c = SyntheticFaces.cosine(people.get(i), people.get(j));
        sum += c;
        max = Math.max(max, c);
        pairs++;
      }
    }
    System.out.printf("SyntheticFaces: different identities mean %.3f max %.3f%n", sum / pairs, max);
    assertThat(sum / pairs).as("a narrow cone").isBetween(0.83, 0.89);
    assertThat(max).as("identities, not captures").isLessThan(0.96);
    double same = 0;
    int matching = 0;
    List<float[]> captures = new ArrayList<>();
    for (float[] person : people) {
      float[] first = faces.capture(person);
      float[] second = faces.capture(person);
      captures.add(first);
      assertThat(SyntheticFaces.cosine(first, person)).isBetween(0.9629, 0.9931);
      double c = SyntheticFaces.cosine(first, second);
      same += c;
      matching += c >= SyntheticFaces.matchThreshold() ? 1 : 0;
    }
    System.out.printf("SyntheticFaces: same person mean %.3f, %d of %d at or above the threshold%n",
        same / people.size(), matching, people.size());
    assertThat(same / people.size()).isBetween(0.955, 0.98);
    assertThat(matching).isGreaterThan(people.size() * 85 / 100);
    double[] different = captureStatistics(captures);
    System.out.printf("SyntheticFaces: captures of different people mean %.3f, %.2f%% at or above 0.90%n",
        different[0], 100 * different[1]);
    assertThat(different[0]).isBetween(0.81, 0.85);
    assertThat(different[1]).as("a tail above 0.90").isBetween(0.001, 0.05);
  }

  @Test
  void drawsAClearlyDifferentIdentityOnRequest() {
    SyntheticFaces faces = new SyntheticFaces(128, 12);
    float[] person = faces.identity();
    for (int i = 0; i < 50; i++) {
      assertThat(SyntheticFaces.cosine(faces.identity(person, 0.85), person)).isLessThan(0.85);
    }
    assertThatThrownBy(() -> faces.identity(person, -1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no identity below cosine -1");
  }

  /** Returns the mean cosine of all pairs and the fraction of pairs at or above 0.90. */
  private static double[] captureStatistics(List<float[]> captures) {
    double sum = 0;
    int high = 0;
    int pairs = 0;
    for (int i = 0; i < captures.size(); i++) {
      for (int j = i + 1; j < captures.size(); j++) {
        double c = SyntheticFaces.cosine(captures.get(i), captures.get(j));
        sum += c;
        high += c >= 0.90 ? 1 : 0;
        pairs++;
      }
    }
    return new double[] {sum / pairs, high / (double) pairs};
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new SyntheticFaces(1, 0)).hasMessageContaining("dimension is 1");
    assertThatThrownBy(() -> new SyntheticFaces(4, 0).capture(new float[3])).hasMessageContaining("3 values");
    assertThatThrownBy(() -> new SyntheticFaces(4, 0).identity(new float[3], 0.5)).hasMessageContaining("3 values");
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
