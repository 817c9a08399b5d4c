package org.kyc4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each preset against the mirrored product's description of it, and the README table that lists them. */
class ServiceLevelTest {
  private static final String ALL_SIX = "FACEBLINK+MOUTHOPEN+HEADSHAKE_LEFT+HEADSHAKE_RIGHT+HEADLOWER+HEADRAISE";
  /** What each preset sets, written out once more from the product's words, in canonical key order. */
  private static final Map<ServiceLevel, String> EXPECTED = new EnumMap<>(Map.ofEntries(
      Map.entry(ServiceLevel.REALID0001, ""),
      Map.entry(ServiceLevel.REALID0002, "docAntiSpoof=STRICT,docScanMode=DEEP_SCAN"),
      Map.entry(ServiceLevel.REALID0003, "docAntiSpoof=STRICT,docScanMode=DEEP_SCAN,liveness=STRICT,"
          + "antiInjection=STANDARD,actions=" + ALL_SIX + ",randomActionCount=2,actionRandom=true"),
      Map.entry(ServiceLevel.REALID0004, "docScanMode=TRACE_SCAN"),
      Map.entry(ServiceLevel.REALID0009, "docAntiSpoof=STRICT,docScanMode=DEEP_SCAN,liveness=STRICT,"
          + "antiInjection=STANDARD,closedEyeCapture=true,capture=NATIVE"),
      Map.entry(ServiceLevel.REALID0011, "docAntiSpoof=STRICT,docScanMode=DEEP_SCAN,liveness=STRICT,"
          + "antiInjection=STANDARD,closedEyeCapture=true,capture=WEB"),
      Map.entry(ServiceLevel.REALID0012, "docScanMode=AUTO_SCAN,liveness=STRICT,antiInjection=STANDARD,capture=WEB"),
      Map.entry(ServiceLevel.FACECAPTURE0001, "actions=NONE"),
      Map.entry(ServiceLevel.FACECAPTURE0002, ""),
      Map.entry(ServiceLevel.FACECAPTURE0003, "liveness=STRICT,actions=" + ALL_SIX
          + ",randomActionCount=2,actionRandom=true"),
      Map.entry(ServiceLevel.FACECAPTURE0004, "liveness=STRICT,antiInjection=STANDARD,closedEyeCapture=true,"
          + "capture=NATIVE"),
      Map.entry(ServiceLevel.FACECAPTURE0005, "liveness=STRICT,antiInjection=STANDARD,closedEyeCapture=true,"
          + "capture=WEB"),
      Map.entry(ServiceLevel.IDRECOGNITION0001, ""),
      Map.entry(ServiceLevel.IDRECOGNITION0002, "docFlashCheck=true"),
      Map.entry(ServiceLevel.IDRECOGNITION0003, "docScanMode=MULTI_ANGLE")));

  private static Set<ServiceLevel> where(Predicate<ProductConfig> test) {
    Set<ServiceLevel> levels = EnumSet.noneOf(ServiceLevel.class);
    for (ServiceLevel level : ServiceLevel.values()) {
      if (test.test(level.config())) {
        levels.add(level);
      }
    }
    return levels;
  }

  @Test
  void everyPresetSetsWhatTheTableSays() {
    assertThat(EXPECTED).containsOnlyKeys(ServiceLevel.values());
    EXPECTED.forEach((level, spec) -> {
      assertThat(level.spec()).as(level.name()).isEqualTo(spec);
      assertThat(level.config()).as(level.name()).isEqualTo(ProductConfig.parse(spec));
    });
  }

  @Test
  void aPresetsSpecNamesExactlyTheKeysThatDifferFromTheDefaults() {
    List<String> defaults = List.of(ProductConfig.DEFAULT.toSpec().split(","));
    for (ServiceLevel level : ServiceLevel.values()) {
      List<String> differing = new ArrayList<>();
      for (String pair : level.config().toSpec().split(",")) {
        if (!defaults.contains(pair)) {
          differing.add(pair);
        }
      }
      assertThat(String.join(",", differing)).as(level.name()).isEqualTo(level.spec());
    }
  }

  @Test
  void theProductsPhrasesMapToLevelsActionsAndChecks() {
    Set<ServiceLevel> manual = where(c -> !c.documentScanMode().automatic());
    manual.removeIf(level -> !level.product().usesDocument());
    assertThat(manual).as("ID photos taken manually")
        .containsOnly(ServiceLevel.REALID0001, ServiceLevel.IDRECOGNITION0001, ServiceLevel.IDRECOGNITION0002);
    assertThat(where(c -> c.documentAntiSpoof() == Level.STRICT)).as("advanced document anti-spoofing")
        .containsOnly(ServiceLevel.REALID0002, ServiceLevel.REALID0003, ServiceLevel.REALID0009,
            ServiceLevel.REALID0011);
    assertThat(where(c -> c.randomActionCount() == 2 && c.actions().size() == 6 && c.actionRandom()))
        .as("two random actions").containsOnly(ServiceLevel.REALID0003, ServiceLevel.FACECAPTURE0003);
    assertThat(where(c -> c.actions().isEmpty())).as("no blink").containsOnly(ServiceLevel.FACECAPTURE0001);
    assertThat(where(c -> c.liveness() == Level.STRICT && c.antiInjection() == Level.STANDARD)).as("full liveness")
        .containsOnly(ServiceLevel.REALID0003, ServiceLevel.REALID0009, ServiceLevel.REALID0011,
            ServiceLevel.REALID0012, ServiceLevel.FACECAPTURE0004, ServiceLevel.FACECAPTURE0005);
    assertThat(where(ProductConfig::closedEyeCapture)).as("closed-eye frames returned")
        .containsOnly(ServiceLevel.REALID0009, ServiceLevel.REALID0011, ServiceLevel.FACECAPTURE0004,
            ServiceLevel.FACECAPTURE0005);
    assertThat(where(c -> c.captureChannel() == CaptureChannel.WEB)).as("web capture")
        .containsOnly(ServiceLevel.REALID0011, ServiceLevel.REALID0012, ServiceLevel.FACECAPTURE0005);
    assertThat(where(c -> c.pages().size() == 2)).as("no preset asks for the back page").isEmpty();
    assertThat(ServiceLevel.REALID0004.config().documentScanMode()).as("held at an angle")
        .isEqualTo(DocScanMode.TRACE_SCAN);
    assertThat(ServiceLevel.IDRECOGNITION0002.config().frontPhotoKinds()).containsExactly(PhotoKind.PLAIN,
        PhotoKind.FLASH);
    assertThat(ServiceLevel.IDRECOGNITION0003.config().frontPhotoKinds()).containsExactly(PhotoKind.PLAIN,
        PhotoKind.ANGLED);
  }

  @Test
  void explicitKeysWinOverEveryPreset() {
    for (ServiceLevel level : ServiceLevel.values()) {
      ProductConfig config = level.with("docScanMode=4,liveness=LOOSE,capture=NATIVE");
      assertThat(config.documentScanMode()).isEqualTo(DocScanMode.TRACE_SCAN);
      assertThat(config.liveness()).isEqualTo(Level.LOOSE);
      assertThat(config.captureChannel()).isEqualTo(CaptureChannel.NATIVE);
      assertThat(config.toBuilder().documentScanMode(level.config().documentScanMode())
          .liveness(level.config().liveness()).captureChannel(level.config().captureChannel()).build())
          .isEqualTo(level.config());
      assertThat(level.toBuilder().build()).isEqualTo(level.config());
    }
    assertThat(ServiceLevel.REALID0003.with("actions=FACEBLINK+MOUTHOPEN").actions())
        .containsExactly(Action.FACEBLINK, Action.MOUTHOPEN);
  }

  @Test
  void aPresetsDrawMustFitExplicitActions() {
    assertThatThrownBy(() -> ProductConfig.parse("serviceLevel=REALID0003,actions=FACEBLINK"))
        .isInstanceOfSatisfying(InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("config.randomActionCount"))
        .hasMessageContaining("value 2 draws more actions than the 1");
    ProductConfig blinkOnly = ProductConfig.parse("serviceLevel=REALID0003,actions=FACEBLINK,randomActionCount=0");
    assertThat(blinkOnly.actions()).containsExactly(Action.FACEBLINK);
    assertThat(blinkOnly.randomActionCount()).isZero();
    assertThat(blinkOnly.actionRandom()).isTrue();
    assertThat(ProductConfig.parse("serviceLevel=REALID0003,actions=FACEBLINK+MOUTHOPEN").randomActionCount())
        .isEqualTo(2);
  }

  @Test
  void theReadmeTableListsEveryPresetWithWhatItSets() throws IOException {
    Path readme = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent().resolve("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf("### Service levels");
    assertThat(start).as("README has a Service levels section").isNotNegative();
    text = text.substring(start, text.indexOf("\n#", start + 1) + 1);
    for (ServiceLevel level : ServiceLevel.values()) {
      String sets = level.spec().isEmpty() ? "(the defaults)" : "`" + level.spec() + "`";
      assertThat(text).as(level.name()).containsPattern("\\| `" + level + "` \\| " + level.product()
          + " \\|[^\\n]*\\| " + Pattern.quote(sets) + " \\|\\n");
    }
  }
}
