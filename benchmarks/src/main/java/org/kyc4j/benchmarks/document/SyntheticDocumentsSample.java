package org.kyc4j.benchmarks.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kyc4j.testing.DocumentDefect;
import org.kyc4j.testing.SyntheticDocuments;
import org.kyc4j.testing.SyntheticKind;
import org.kyc4j.testing.SyntheticScene;

/**
 * Writes sample synthetic document photos for eyeballing: {@code N} scenes per defect (both kinds,
 * alternating), as {@code DEFECT-SEED-KIND.jpg} with a {@code labels.csv} of the ground truth, into
 * the folder given. The photos and their defects are simulated. Usage:
 * {@code SyntheticDocumentsSample FOLDER [N] [FIRST_SEED]}.
 */
public final class SyntheticDocumentsSample {
  private SyntheticDocumentsSample() {}

  /** Runs the sample; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: SyntheticDocumentsSample FOLDER [N=3] [FIRST_SEED=1]");
      System.exit(2);
    }
    Path folder = Files.createDirectories(Path.of(args[0]));
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long first = args.length > 2 ? Long.parseLong(args[2]) : 1;
    SyntheticDocuments generator = SyntheticDocuments.create();
    System.out.println("portraits: " + (generator.realPortraits() ? "lfw_faces (real faces)" : "drawn (lfw_faces absent)"));
    List<String> labels = new ArrayList<>();
    labels.add("file,seed,kind,defect,severity,quad,card_region,parameters,mrz,portrait");
    for (DocumentDefect defect : DocumentDefect.values()) {
      for (int i = 0; i < n; i++) {
        long seed = first + i;
        SyntheticKind kind = SyntheticKind.values()[(int) (seed % 2)];
        SyntheticScene scene = generator.scene(seed, kind, defect);
        String file = String.format(Locale.ROOT, "%s-%d-%s.jpg", defect.name().toLowerCase(Locale.ROOT), seed,
            kind.name().toLowerCase(Locale.ROOT));
        Files.write(folder.resolve(file), scene.jpeg());
        labels.add(String.join(",", file, Long.toString(seed), kind.name(), defect.name(),
            String.format(Locale.ROOT, "%.3f", scene.defect().severity()), scene.quad().toPixels(),
            scene.defect().cardRegion().map(Object::toString).orElse("").replace(',', ';'),
            scene.defect().parameters().toString().replace(',', ';'),
            String.join("|", scene.document().mrzLines()), scene.document().portraitSource()));
      }
    }
    Files.write(folder.resolve("labels.csv"), labels);
    System.out.println("wrote " + (labels.size() - 1) + " scenes to " + folder);
  }
}
