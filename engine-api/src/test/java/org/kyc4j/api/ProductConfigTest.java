package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductConfigTest {

  @Test
  void defaultsMatchTheDocumentedValues() {
    ProductConfig config = ProductConfig.parse("");
    assertThat(config).isEqualTo(ProductConfig.DEFAULT);
    assertThat(config.antiInjection()).isEqualTo(Level.CLOSED);
    assertThat(config.actions()).containsExactly(Action.FACEBLINK);
    assertThat(config.actionRandom()).isFalse();
    assertThat(config.idnThreshold()).isEqualTo(3);
    assertThat(config.velocity()).isEqualTo(new VelocityRule(5, Duration.ofMinutes(3), Duration.ofMinutes(30)));
    assertThat(config.pages()).containsExactly(Page.FRONT);
    assertThat(config.operationMode()).isEqualTo(OperationMode.STANDARD);
    assertThat(config.documentScanMode()).isEqualTo(DocScanMode.SELF_CAPTURE);
    assertThat(config.documentFlashCheck()).isFalse();
    assertThat(config.randomActionCount()).isZero();
    assertThat(config.captureChannel()).isEqualTo(CaptureChannel.ANY);
    assertThat(config.frontPhotoKinds()).containsExactly(PhotoKind.PLAIN);
  }

  @Test
  void canonicalSpecNamesEveryKey() {
    assertThat(ProductConfig.DEFAULT.toSpec()).isEqualTo("docAntiSpoof=STANDARD,docScanMode=SELF_CAPTURE,"
        + "docFlashCheck=false,liveness=STANDARD,antiInjection=CLOSED,actions=FACEBLINK,randomActionCount=0,"
        + "actionRandom=false,closedEyeCapture=false,faceMatch=STANDARD,capture=ANY,risk=STANDARD,idnThreshold=3,"
        + "velocity=5/3m/30m,pages=1,mode=STANDARD");
  }

  @Test
  void parsesListsDurationsAndWhitespace() {
    ProductConfig config = ProductConfig.parse(" actions = MOUTHOPEN+HEADSHAKE_LEFT , pages=1+2, velocity=3/90s/2h ");
    assertThat(config.actions()).containsExactly(Action.MOUTHOPEN, Action.HEADSHAKE_LEFT);
    assertThat(config.pages()).containsExactly(Page.FRONT, Page.BACK);
    assertThat(config.velocity()).isEqualTo(new VelocityRule(3, Duration.ofSeconds(90), Duration.ofHours(2)));
  }

  @Test
  void rejectsEmptyValuesListingWhatIsAllowed() {
    assertThatThrownBy(() -> ProductConfig.parse("liveness="))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("config.liveness")
        .hasMessageContaining("[CLOSED, LOOSE, STANDARD, STRICT]");
  }

  @Test
  void rejectsBadValuesNamingFieldAndValue() {
    assertThatThrownBy(() -> ProductConfig.parse("mode=TURBO"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("config.mode").hasMessageContaining("'TURBO'").hasMessageContaining("STANDARD_VC_CLOSED");
    assertThatThrownBy(() -> ProductConfig.parse("actions=FACEBLINK+WINK"))
        .hasMessageContaining("'WINK'").hasMessageContaining("HEADRAISE");
    assertThatThrownBy(() -> ProductConfig.parse("actionRandom=yes")).hasMessageContaining("[true, false]");
    assertThatThrownBy(() -> ProductConfig.parse("pages=2")).hasMessageContaining("front");
    assertThatThrownBy(() -> ProductConfig.parse("pages=1+3")).hasMessageContaining("1 or 1+2");
    assertThatThrownBy(() -> ProductConfig.parse("velocity=5/3x/30m")).hasMessageContaining("'3x'");
    assertThatThrownBy(() -> ProductConfig.parse("velocity=0/3m/30m")).hasMessageContaining("1..1000");
    assertThatThrownBy(() -> ProductConfig.parse("liveness")).hasMessageContaining("KEY=VALUE");
    assertThatThrownBy(() -> ProductConfig.parse("risk=LOOSE,risk=STRICT")).hasMessageContaining("twice");
  }

  @Test
  void builderNamesTheBadField() {
    assertThatThrownBy(() -> ProductConfig.builder().idnThreshold(0))
        .isInstanceOf(InvalidRequestException.class)
        .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo("config.idnThreshold"))
        .hasMessageContaining("value 0");
    assertThatThrownBy(() -> ProductConfig.builder().actions(Action.FACEBLINK, Action.FACEBLINK))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> ProductConfig.builder().randomActionCount(-1))
        .hasMessageContaining("config.randomActionCount").hasMessageContaining("value -1");
    assertThatThrownBy(() -> ProductConfig.builder().documentScanMode(null))
        .hasMessageContaining("config.documentScanMode");
    assertThatThrownBy(() -> ProductConfig.builder().captureChannel(null))
        .hasMessageContaining("config.captureChannel");
    assertThatThrownBy(() -> ProductConfig.builder().liveness(null)).hasMessageContaining("config.liveness");
  }

  @Test
  void collectionsAreCopied() {
    List<Action> actions = new java.util.ArrayList<>(List.of(Action.FACEBLINK));
    ProductConfig config = ProductConfig.builder().actions(actions).build();
    actions.add(Action.MOUTHOPEN);
    assertThat(config.actions()).containsExactly(Action.FACEBLINK);
    assertThatThrownBy(() -> config.pages().add(Page.BACK)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(config.pages()).isEqualTo(Set.of(Page.FRONT));
  }

  @Test
  void serviceLevelPresetsExpandAndExplicitValuesWin() {
    assertThat(ProductConfig.parse("serviceLevel=REALID0002").documentAntiSpoof()).isEqualTo(Level.STRICT);
    assertThat(ProductConfig.parse("serviceLevel=REALID0002,docAntiSpoof=LOOSE").documentAntiSpoof())
        .isEqualTo(Level.LOOSE);
    assertThat(ServiceLevel.FACECAPTURE0005.with("antiInjection=STRICT").antiInjection()).isEqualTo(Level.STRICT);
    assertThatThrownBy(() -> ProductConfig.parse("serviceLevel=REALID0099"))
        .hasMessageContaining("REALID0001");
    for (ServiceLevel level : ServiceLevel.values()) {
      assertThat(level.config()).isNotNull();
      assertThat(level.name()).startsWith(level.product().name().replace("_", ""));
    }
  }

  @Test
  void levelLooksUpTheGoverningCheck() {
    ProductConfig config = ProductConfig.builder().faceMatch(Level.STRICT).antiInjection(Level.LOOSE).build();
    assertThat(config.level(ProductConfig.Check.FACE_MATCH)).isEqualTo(Level.STRICT);
    assertThat(config.level(ProductConfig.Check.ANTI_INJECTION)).isEqualTo(Level.LOOSE);
    assertThat(config.level(ProductConfig.Check.ALWAYS)).isEqualTo(Level.STANDARD);
    ProductConfig strictDocument = ProductConfig.builder().documentAntiSpoof(Level.STRICT).build();
    assertThat(strictDocument.level(ProductConfig.Check.DOCUMENT_FLASH)).isEqualTo(Level.STRICT);
    assertThat(strictDocument.level(ProductConfig.Check.DOCUMENT_MULTI_ANGLE)).isEqualTo(Level.STRICT);
    assertThat(strictDocument.level(ProductConfig.Check.DOCUMENT_QUALITY)).isEqualTo(Level.STRICT);
    ProductConfig closedDocument = ProductConfig.builder().documentAntiSpoof(Level.CLOSED).build();
    assertThat(closedDocument.level(ProductConfig.Check.DOCUMENT_QUALITY)).isEqualTo(Level.CLOSED);
  }
}
