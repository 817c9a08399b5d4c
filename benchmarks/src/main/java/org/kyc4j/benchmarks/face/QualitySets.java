package org.kyc4j.benchmarks.face;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;

/** The dev photos of the face-quality evaluation, by set name, in label order. Stateless. */
final class QualitySets {
  private QualitySets() {}

  /** Whether a set of {@link #read} holds genuine captures (else presentation attacks). */
  static boolean genuine(String set) {
    return !set.contains("print") && !set.contains("spoof");
  }

  static Map<String, List<Path>> read(DataFolder data) throws IOException {
    Map<String, List<Path>> sets = new LinkedHashMap<>();
    Path nuaa = data.require(DataSet.NUAA_PRINT_ATTACK);
    for (String[] row : LfwFaces.labels(nuaa.resolve("labels.csv"))) {
      sets.computeIfAbsent(row[1].equals("real") ? "nuaa real" : "nuaa print", k -> new ArrayList<>())
          .add(nuaa.resolve(row[0]));
    }
    Path selfies = data.require(DataSet.SELFIE_LIVENESS_PAIRS);
    for (String[] row : LfwFaces.labels(selfies.resolve("labels.csv"))) {
      List<Path> set = sets.computeIfAbsent(row[2].equals("real") ? "selfie real" : "selfie spoof",
          k -> new ArrayList<>());
      set.add(selfies.resolve(row[0]));
      set.add(selfies.resolve(row[1]));
    }
    all(sets, "lfw", data.require(DataSet.LFW_FACES));
    all(sets, "yawdd", data.require(DataSet.YAWDD_YAWN_FRAMES));
    Path pad = data.require(DataSet.PAD_EXTRA);
    for (String[] row : LfwFaces.labels(pad.resolve("labels.csv"))) {
      if (row[2].equals("celeba")) {
        sets.computeIfAbsent(row[1].equals("real") ? "celeba real" : "celeba spoof", k -> new ArrayList<>())
            .add(pad.resolve(row[0]));
      }
    }
    all(sets, "east asian (casia)", data.require(DataSet.EAST_ASIAN_FACES));
    return sets;
  }

  private static void all(Map<String, List<Path>> sets, String name, Path folder) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String[] row : LfwFaces.labels(folder.resolve("labels.csv"))) {
      files.add(folder.resolve(row[0]));
    }
    sets.put(name, files);
  }
}
