package org.kyc4j.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.core.PlannedDetector;
import org.kyc4j.spi.DetectorProvider;

/**
 * Runs on the module path (surefire {@code useModulePath}): the engine's own discovery must find
 * every provider through the plugin modules' {@code provides}, each plugin must load with only
 * what its {@code requires} grants, and one verification must run every detector without error.
 */
class ModulePathTest {
  private static final Set<String> PLUGIN_MODULES = Set.of("org.kyc4j.document", "org.kyc4j.liveness",
      "org.kyc4j.idn", "org.kyc4j.examples");

  /** Returns the module of each provider ServiceLoader finds, by provider id. */
  private static Map<String, String> providerModules() {
    Map<String, String> modules = new TreeMap<>();
    for (DetectorProvider provider : ServiceLoader.load(DetectorProvider.class)) {
      modules.put(provider.id(), String.valueOf(provider.getClass().getModule().getName()));
    }
    return modules;
  }

  @Test
  void theEngineAndEveryPluginAreNamedModules() {
    assertThat(ModulePathTest.class.getModule().getName()).isEqualTo("org.kyc4j.modulepath");
    assertThat(Kyc4j.class.getModule().getName()).isEqualTo("org.kyc4j.core");
    assertThat(DetectorProvider.class.getModule().getName()).isEqualTo("org.kyc4j.api");
    Map<String, String> modules = providerModules();
    assertThat(new TreeSet<>(modules.values())).as("modules of the providers %s", modules)
        .containsExactlyInAnyOrderElementsOf(PLUGIN_MODULES);
    assertThat(modules).containsEntry("document.mrz", "org.kyc4j.document")
        .containsEntry("idn.identity-network", "org.kyc4j.idn")
        .containsEntry("example.photo-size", "org.kyc4j.examples");
  }

  @Test
  void discoveryPlansEveryProviderAndOneVerificationRunsThemAll() {
    try (Kyc4j engine = ModulePathApplication.engine()) {
      Set<String> planned = new TreeSet<>(engine.plan().detectors().stream().map(PlannedDetector::id).toList());
      assertThat(planned).as("the plan").containsAll(providerModules().keySet());
      Decision decision = engine.verify(ModulePathApplication.applicant());
      for (Finding finding : decision.findings()) {
        assertThat(finding.outcome()).as("%s: %s", finding.detectorId(), finding.reason()).isNotEqualTo(Outcome.ERROR);
      }
      Finding photoSize = decision.findings().stream().filter(f -> f.detectorId().equals("example.photo-size"))
          .findFirst().orElseThrow();
      assertThat(photoSize.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(photoSize.reason().code()).isEqualTo(ReasonCode.DOC_IMAGE_INVALID);
      assertThat(decision.status()).isEqualTo(Decision.Status.FAILURE);
    }
  }
}
