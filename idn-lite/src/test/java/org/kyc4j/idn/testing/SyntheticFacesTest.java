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
    System.out.printf("SyntheticFaces: different people mean %.3f max %.3f%n", sum / pairs, max);
    assertThat(sum / pairs).isBetween(0.3, 0.5);
    assertThat(max).isLessThan(SyntheticFaces.matchThreshold() - 0.1);
    double same = 0;
    int matching = 0;
    for (float[] person : people) {
      float[] first = faces.capture(person);
      float[] second = faces.capture(person);
      assertThat(SyntheticFaces.cosine(first, person)).isBetween(0.9199, 0.9801);
      double c = SyntheticFaces.cosine(first, second);
      same += c;
      matching += c >= SyntheticFaces.matchThreshold() ? 1 : 0;
    }
    System.out.printf("SyntheticFaces: same person mean %.3f, %d of %d at or above the threshold%n",
        same / people.size(), matching, people.size());
    assertThat(same / people.size()).isBetween(0.88, 0.95);
    assertThat(matching).isGreaterThan(people.size() * 3 / 4);
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new SyntheticFaces(1, 0)).hasMessageContaining("dimension is 1");
    assertThatThrownBy(() -> new SyntheticFaces(4, 0).capture(new float[3])).hasMessageContaining("3 values");
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
