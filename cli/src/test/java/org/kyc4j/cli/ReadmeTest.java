package org.kyc4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.ServiceLevel;
import org.junit.jupiter.api.Test;

/** Keeps README's reference sections, the launcher and CI in step with the code. */
class ReadmeTest {
  private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
  private static final String BUILD_AND_RUN = "mvn -q -DskipTests package && ./kyc4j verify --sample";
  private static final String TESTS = "mvn -B verify";

  private static String read(String file) throws IOException {
    return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
  }

  private static List<String> codeBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^```[a-z]*\\n(.*?)^```", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1).strip());
    }
    return blocks;
  }

  @Test
  void theTwoCommandsComeFirstEachInItsOwnBlock() throws IOException {
    List<String> blocks = codeBlocks(read("README.md"));
    assertThat(blocks.subList(0, 2)).containsExactly(BUILD_AND_RUN, TESTS);
  }

  @Test
  void ciRunsExactlyTheReadmeTestCommandAndTheLauncherNamesTheBuildCommand() throws IOException {
    List<String> ci = read(".ci/run").lines().filter(l -> l.startsWith("mvn ")).toList();
    assertThat(ci).containsExactly("mvn -v", TESTS);
    assertThat(Files.isExecutable(ROOT.resolve(".ci/run"))).isTrue();
    assertThat(Files.isExecutable(ROOT.resolve("kyc4j"))).isTrue();
    assertThat(read("kyc4j")).contains(BUILD_AND_RUN.substring(0, BUILD_AND_RUN.indexOf(" &&")))
        .contains("cli/target/kyc4j-cli.jar");
  }

  @Test
  void theConfigReferenceNamesEveryKeyWithItsDefault() throws IOException {
    String readme = read("README.md");
    String defaults = ProductConfig.DEFAULT.toSpec();
    assertThat(readme).contains(defaults).contains("| `serviceLevel` |");
    for (String pair : defaults.split(",")) {
      String key = pair.substring(0, pair.indexOf('='));
      String value = pair.substring(pair.indexOf('=') + 1);
      assertThat(readme).as(key).containsPattern("\\| `" + key + "` \\|[^\\n]*\\| `" + Pattern.quote(value) + "` \\|");
    }
  }

  @Test
  void everyServiceLevelIsListedWithItsProduct() throws IOException {
    String readme = read("README.md");
    for (ServiceLevel level : ServiceLevel.values()) {
      assertThat(readme).contains("| `" + level + "` | " + level.product() + " |");
    }
  }

  @Test
  void everyReasonCodeIsListedWithItsNumberAndItsAttackMark() throws IOException {
    String readme = read("README.md");
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(readme).contains("| " + code.code() + " | `" + code + "` | " + code.description() + " | "
          + (code.isAttack() ? "yes |" : "|"));
    }
    for (ReasonCode.Category category : ReasonCode.Category.values()) {
      assertThat(readme).contains("| " + category + " | " + category.low() + "–" + category.high() + " |");
    }
  }
}
