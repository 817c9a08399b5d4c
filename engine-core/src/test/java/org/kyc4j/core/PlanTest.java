package org.kyc4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.Detector;
import org.kyc4j.spi.DetectorProvider;
import org.kyc4j.spi.EngineSettings;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;

class PlanTest {
  private static final Key<String> A = Key.of("test.a", String.class);
  private static final Key<String> B = Key.of("test.b", String.class);
  private static final Key<String> C = Key.of("test.c", String.class);

  private static TestDetector detector(String id, Stage stage, List<Key<?>> requires, List<Key<?>> provides) {
    return TestDetector.builder(id, stage).requires(requires.toArray(Key<?>[]::new))
        .provides(provides.toArray(Key<?>[]::new)).build();
  }

  private static List<String> order(TestDetector... detectors) {
    Kyc4j.Builder builder = Fixtures.engine();
    for (TestDetector d : detectors) {
      builder.addProvider(d.provider());
    }
    try (Kyc4j engine = builder.build()) {
      return engine.plan().detectors().stream().map(PlannedDetector::id).toList();
    }
  }

  @Test
  void ordersByKeysThenStageAndIdWhateverTheRegistrationOrder() {
    TestDetector match = detector("match", Stage.MATCH, List.of(), List.of(A));
    TestDetector docUsesMatch = detector("doc.late", Stage.DOCUMENT, List.of(A), List.of());
    TestDetector docEarly = detector("doc.early", Stage.DOCUMENT, List.of(Keys.IMAGES), List.of(B));
    TestDetector face = detector("face", Stage.FACE, List.of(B), List.of());
    TestDetector risk = detector("risk", Stage.RISK, List.of(), List.of());
    List<String> expected = List.of("doc.early", "face", "match", "doc.late", "risk");
    assertThat(order(match, docUsesMatch, docEarly, face, risk)).isEqualTo(expected);
    assertThat(order(risk, face, docEarly, docUsesMatch, match)).isEqualTo(expected);
  }

  @Test
  void planPrintsOneLinePerDetector() {
    TestDetector doc = TestDetector.builder("doc.quality", Stage.DOCUMENT).requires(Keys.IMAGES).provides(A)
        .check(ProductConfig.Check.DOCUMENT_ANTI_SPOOF).build();
    TestDetector face = detector("face", Stage.FACE, List.of(A), List.of());
    try (Kyc4j engine = Fixtures.engine().addProvider(doc.provider()).addProvider(face.provider()).build()) {
      String[] lines = engine.plan().toString().split("\n");
      assertThat(lines).hasSize(2);
      assertThat(lines[0]).contains(" 1", "DOCUMENT", "doc.quality", "DOCUMENT_ANTI_SPOOF", "[images] -> [test.a]",
          doc.provider().getClass().getName());
      assertThat(lines[1]).contains(" 2", "FACE", "face", "ALWAYS", "[test.a] -> []");
      assertThat(engine.plan().detectors().get(0)).isEqualTo(new PlannedDetector("doc.quality", Stage.DOCUMENT,
          ProductConfig.Check.DOCUMENT_ANTI_SPOOF, java.util.Set.of("images"), java.util.Set.of(),
          java.util.Set.of("test.a"),
          doc.provider().getClass().getName()));
    }
  }

  @Test
  void usedKeysOrderTheirReadersButMayBeAbsent() {
    Key<String> optional = Key.of("test.optional", String.class);
    TestDetector reader = TestDetector.builder("a.reader", Stage.DOCUMENT).uses(optional)
        .body(ctx -> ctx.find(optional).isPresent() ? Finding.pass("a.reader", Stage.DOCUMENT)
            : Finding.fail("a.reader", Stage.DOCUMENT, ReasonCode.DOC_NOT_FOUND, "no optional value")).build();
    try (Kyc4j alone = Fixtures.engine().addProvider(reader.provider()).build()) {
      assertThat(alone.plan().toString()).contains("uses [test.optional]");
      assertThat(alone.verify(Fixtures.realId("tx-1").build()).findings().get(0).outcome()).isEqualTo(Outcome.FAIL);
    }
    TestDetector writer = TestDetector.builder("z.writer", Stage.DOCUMENT).provides(optional).body(ctx -> {
      ctx.put(optional, "here");
      return Finding.pass("z.writer", Stage.DOCUMENT);
    }).build();
    try (Kyc4j both = Fixtures.engine().addProvider(reader.provider()).addProvider(writer.provider()).build()) {
      assertThat(both.plan().detectors()).extracting(PlannedDetector::id).containsExactly("z.writer", "a.reader");
      assertThat(both.verify(Fixtures.realId("tx-2").build()).findings())
          .filteredOn(f -> !f.detectorId().startsWith("engine.")).extracting(Finding::outcome)
          .containsExactly(Outcome.PASS, Outcome.PASS);
    }
  }

  static final class FirstProvider implements DetectorProvider {
    @Override
    public String id() {
      return "same";
    }

    @Override
    public Detector create(EngineSettings settings) {
      return detector("first", Stage.DOCUMENT, List.of(), List.of());
    }
  }

  static final class SecondProvider implements DetectorProvider {
    @Override
    public String id() {
      return "same";
    }

    @Override
    public Detector create(EngineSettings settings) {
      return detector("first", Stage.FACE, List.of(), List.of());
    }
  }

  static final class OtherIdProvider implements DetectorProvider {
    @Override
    public String id() {
      return "other";
    }

    @Override
    public Detector create(EngineSettings settings) {
      return detector("first", Stage.FACE, List.of(), List.of());
    }
  }

  @Test
  void duplicateProviderIdsNameBothClasses() {
    assertThatThrownBy(() -> Fixtures.engine().addProvider(new FirstProvider()).addProvider(new SecondProvider())
        .build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("duplicate detector provider id 'same'")
        .hasMessageContaining(FirstProvider.class.getName()).hasMessageContaining(SecondProvider.class.getName());
  }

  @Test
  void duplicateDetectorIdsNameBothProviders() {
    assertThatThrownBy(() -> Fixtures.engine().addProvider(new FirstProvider()).addProvider(new OtherIdProvider())
        .build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("duplicate detector id 'first'")
        .hasMessageContaining(FirstProvider.class.getName()).hasMessageContaining(OtherIdProvider.class.getName());
  }

  @Test
  void badProviderAndDetectorIdsAreRejected() {
    DetectorProvider badProvider = new DetectorProvider() {
      @Override
      public String id() {
        return "Bad_Id";
      }

      @Override
      public Detector create(EngineSettings settings) {
        return detector("ok", Stage.DOCUMENT, List.of(), List.of());
      }
    };
    assertThatThrownBy(() -> Fixtures.engine().addProvider(badProvider).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'Bad_Id'")
        .hasMessageContaining(DetectorProvider.ID.pattern());
    TestDetector badDetector = detector("bad id", Stage.DOCUMENT, List.of(), List.of());
    DetectorProvider goodProvider = new DetectorProvider() {
      @Override
      public String id() {
        return "good";
      }

      @Override
      public Detector create(EngineSettings settings) {
        return badDetector;
      }
    };
    assertThatThrownBy(() -> Fixtures.engine().addProvider(goodProvider).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'bad id'");
  }

  @Test
  void missingProviderNamesKeyDetectorAndWhatIsAvailable() {
    TestDetector needs = detector("needs.b", Stage.FACE, List.of(B), List.of());
    TestDetector gives = detector("gives.a", Stage.DOCUMENT, List.of(), List.of(A));
    assertThatThrownBy(() -> Fixtures.engine().addProvider(needs.provider()).addProvider(gives.provider()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'needs.b'").hasMessageContaining("requires key 'test.b'")
        .hasMessageContaining("'gives.a'=[test.a]")
        .hasMessageContaining("the engine=[challenge, config, images, request]");
  }

  @Test
  void aKeyWithTwoProvidersNamesBoth() {
    TestDetector one = detector("one", Stage.DOCUMENT, List.of(), List.of(A));
    TestDetector two = detector("two", Stage.FACE, List.of(), List.of(A));
    assertThatThrownBy(() -> Fixtures.engine().addProvider(one.provider()).addProvider(two.provider()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("key 'test.a' is provided by both detector 'one'").hasMessageContaining("'two'");
    TestDetector images = detector("images", Stage.DOCUMENT, List.of(), List.of(Keys.IMAGES));
    assertThatThrownBy(() -> Fixtures.engine().addProvider(images.provider()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("engine input");
  }

  @Test
  void cyclesNameTheirKeysAndDetectors() {
    TestDetector x = detector("x", Stage.DOCUMENT, List.of(C), List.of(A));
    TestDetector y = detector("y", Stage.FACE, List.of(A), List.of(B));
    TestDetector z = detector("z", Stage.LIVENESS, List.of(B), List.of(C));
    TestDetector outside = detector("outside", Stage.MATCH, List.of(A), List.of());
    assertThatThrownBy(() -> Fixtures.engine().addProvider(outside.provider()).addProvider(z.provider())
        .addProvider(y.provider()).addProvider(x.provider()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cycle: 'x' -[test.a]-> 'y' -[test.b]-> 'z' -[test.c]-> 'x'")
        .hasMessageNotContaining("'outside'");
    TestDetector self = detector("self", Stage.DOCUMENT, List.of(A), List.of(A));
    assertThatThrownBy(() -> Fixtures.engine().addProvider(self.provider()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("cycle: 'self' -[test.a]-> 'self'");
  }

  @Test
  void aKeyRequiredWithAnotherTypeIsRejected() {
    TestDetector gives = detector("gives", Stage.DOCUMENT, List.of(), List.of(A));
    TestDetector wants = detector("wants", Stage.FACE, List.of(Key.of("test.a", Integer.class)), List.of());
    assertThatThrownBy(() -> Fixtures.engine().addProvider(gives.provider()).addProvider(wants.provider()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("java.lang.Integer")
        .hasMessageContaining("java.lang.String");
  }

  @Test
  void aFailingProviderIsNamed() {
    DetectorProvider failing = new DetectorProvider() {
      @Override
      public String id() {
        return "failing";
      }

      @Override
      public Detector create(EngineSettings settings) {
        throw new IllegalArgumentException("model missing");
      }
    };
    assertThatThrownBy(() -> Fixtures.engine().addProvider(failing).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("'failing'")
        .hasMessageContaining("model missing").hasCauseInstanceOf(IllegalArgumentException.class);
  }
}
