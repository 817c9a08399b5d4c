package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keys that say how the applicant is captured: docScanMode, docFlashCheck, actions, randomActionCount, capture. */
class CaptureConfigTest {

  private static void assertInvalid(String spec, String field, String... fragments) {
    assertThatThrownBy(() -> ProductConfig.parse(spec))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          for (String fragment : fragments) {
            assertThat(e.getMessage()).contains(fragment);
          }
        });
  }

  @Test
  void docScanModeTakesTheProductsNumbersOrNamesAndWritesTheName() {
    for (DocScanMode mode : DocScanMode.values()) {
      assertThat(ProductConfig.parse("docScanMode=" + mode.code()).documentScanMode()).isEqualTo(mode);
      assertThat(ProductConfig.parse("docScanMode=" + mode.name()).documentScanMode()).isEqualTo(mode);
      assertThat(DocScanMode.ofCode(mode.code())).isEqualTo(mode);
    }
    assertThat(ProductConfig.parse("docScanMode=2").toSpec()).contains("docScanMode=DEEP_SCAN,");
    assertThat(DocScanMode.SELF_CAPTURE.automatic()).isFalse();
    assertThat(DocScanMode.TRACE_SCAN.automatic()).isTrue();
  }

  @Test
  void badDocScanModesNameTheKeyTheValueAndWhatIsAllowed() {
    String allowed = "allowed: 1 (SELF_CAPTURE), 2 (DEEP_SCAN), 3 (AUTO_SCAN), 4 (TRACE_SCAN), 5 (MULTI_ANGLE), "
        + "by number or name";
    assertInvalid("docScanMode=6", "config.docScanMode", "value '6' is not allowed", allowed);
    assertInvalid("docScanMode=0", "config.docScanMode", "'0'", allowed);
    assertInvalid("docScanMode=02", "config.docScanMode", "'02'");
    assertInvalid("docScanMode=deep_scan", "config.docScanMode", "'deep_scan'");
    assertInvalid("docScanMode=", "config.docScanMode", "empty value", allowed);
    assertThatThrownBy(() -> DocScanMode.ofCode(9)).hasMessageContaining("unknown docScanMode 9")
        .hasMessageContaining("5 (MULTI_ANGLE)");
  }

  @Test
  void theFlashCheckAndTheMultiAngleModeAskForSecondFrontPhotos() {
    assertThat(ProductConfig.parse("docFlashCheck=true").frontPhotoKinds())
        .containsExactly(PhotoKind.PLAIN, PhotoKind.FLASH);
    assertThat(ProductConfig.parse("docScanMode=5").frontPhotoKinds())
        .containsExactly(PhotoKind.PLAIN, PhotoKind.ANGLED);
    assertThat(ProductConfig.parse("docScanMode=MULTI_ANGLE,docFlashCheck=true").frontPhotoKinds())
        .containsExactly(PhotoKind.PLAIN, PhotoKind.FLASH, PhotoKind.ANGLED);
    assertThat(ProductConfig.parse("docScanMode=DEEP_SCAN").frontPhotoKinds()).containsExactly(PhotoKind.PLAIN);
    assertInvalid("docFlashCheck=yes", "config.docFlashCheck", "'yes'", "[true, false]");
  }

  @Test
  void noneAsksForNoActionAndStandsAlone() {
    ProductConfig passive = ProductConfig.parse("actions=NONE");
    assertThat(passive.actions()).isEmpty();
    assertThat(passive.toSpec()).contains("actions=NONE,");
    assertThat(ProductConfig.builder().actions(List.of()).build()).isEqualTo(passive);
    assertInvalid("actions=NONE+FACEBLINK", "config.actions", "combines NONE with actions", "HEADRAISE");
    assertInvalid("actions=FACEBLINK+NONE", "config.actions", "combines NONE");
    assertInvalid("actions=none", "config.actions", "'none'");
  }

  @Test
  void randomActionCountDrawsFromTheListedActions() {
    ProductConfig two = ProductConfig.parse("actions=FACEBLINK+MOUTHOPEN+HEADRAISE,randomActionCount=2");
    assertThat(two.randomActionCount()).isEqualTo(2);
    assertThat(two.actions()).containsExactly(Action.FACEBLINK, Action.MOUTHOPEN, Action.HEADRAISE);
    assertInvalid("randomActionCount=2", "config.randomActionCount", "value 2 draws more actions than the 1 of "
        + "config.actions [FACEBLINK]", "allowed: 0..1");
    assertInvalid("randomActionCount=7", "config.randomActionCount", "value 7 is out of range", "1..6");
    assertInvalid("randomActionCount=-1", "config.randomActionCount", "value -1");
    assertInvalid("randomActionCount=two", "config.randomActionCount", "'two'", "0 (ask every listed action)");
    assertInvalid("actions=NONE,randomActionCount=1", "config.randomActionCount", "allowed: 0..0");
  }

  @Test
  void captureNamesTheClient() {
    assertThat(ProductConfig.parse("capture=WEB").captureChannel()).isEqualTo(CaptureChannel.WEB);
    assertInvalid("capture=DESKTOP", "config.capture", "'DESKTOP'", "[ANY, NATIVE, WEB]");
  }

  @Test
  void theTwelveComponentConstructorKeepsTheNewDefaults() {
    ProductConfig old = new ProductConfig(Level.STRICT, Level.STANDARD, Level.CLOSED, Level.STANDARD,
        Level.STANDARD, List.of(Action.FACEBLINK), false, false, 3, VelocityRule.DEFAULT, Set.of(Page.FRONT),
        OperationMode.STANDARD);
    assertThat(old).isEqualTo(ProductConfig.builder().documentAntiSpoof(Level.STRICT).build());
    assertThat(old.documentScanMode()).isEqualTo(DocScanMode.SELF_CAPTURE);
    assertThat(old.captureChannel()).isEqualTo(CaptureChannel.ANY);
  }
}
