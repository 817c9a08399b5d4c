package org.kyc4j.liveness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

/**
 * The real photos of the shared data folder (see SOURCES.md there), grouped as the liveness tests
 * use them. The sets are found through {@link DataSets#require}: a test that reads an absent set is
 * skipped with a message (or fails, when data is required).
 */
final class TestData {
  private TestData() {}

  /** A named group of image files, in capture order. */
  record Group(String name, List<Path> files) {
    Group {
      files = List.copyOf(files);
    }

    /** Returns the encoded bytes of every file. */
    List<byte[]> bytes() {
      return files.stream().map(TestData::read).toList();
    }
  }

  /**
   * The NUAA sessions with the given label ({@code real} or {@code spoof_print}): frames of one
   * subject, session and position code, ordered by their frame number in the source video.
   */
  static List<Group> nuaaSessions(String label) {
    Path root = DataSets.require(DataSet.NUAA_PRINT_ATTACK);
    Map<String, List<Path>> groups = new LinkedHashMap<>();
    for (String[] row : rows(root.resolve("labels.csv"))) {
      if (row[1].equals(label)) {
        groups.computeIfAbsent(row[2] + "/" + row[5] + "/" + row[4], k -> new ArrayList<>()).add(root.resolve(row[0]));
      }
    }
    Comparator<Path> byFrameNumber = Comparator.comparingInt(p -> Integer.parseInt(
        p.getFileName().toString().replaceAll(".*_(\\d+)\\.jpg$", "$1")));
    return groups.entrySet().stream().map(e -> new Group("nuaa " + label + " " + e.getKey(),
        e.getValue().stream().sorted(byFrameNumber).toList())).toList();
  }

  /** Runs of {@code length} YawDD frames of one label, consecutive by source frame number. */
  static List<Group> yawddRuns(String label, int length) {
    Path root = DataSets.require(DataSet.YAWDD_YAWN_FRAMES);
    List<String[]> rows = rows(root.resolve("labels.csv")).stream().filter(r -> r[1].equals(label))
        .sorted(Comparator.comparingInt(r -> Integer.parseInt(r[2]))).toList();
    List<Group> runs = new ArrayList<>();
    for (int start = 0; start + length <= rows.size(); start += length) {
      List<Path> files = rows.subList(start, start + length).stream().map(r -> root.resolve(r[0])).toList();
      runs.add(new Group("yawdd " + label + " from " + rows.get(start)[2], files));
    }
    return runs;
  }

  /** The phone selfie pairs (normal, then zoomed) of both labels. */
  static List<Group> selfiePairs() {
    Path root = DataSets.require(DataSet.SELFIE_LIVENESS_PAIRS);
    return rows(root.resolve("labels.csv")).stream().map(r -> new Group("pair " + r[2] + " " + r[3],
        List.of(root.resolve(r[0]), root.resolve(r[1])))).toList();
  }

  /** Every camera image of the NUAA, YawDD and selfie-pair sets, grouped by set and label. */
  static Map<String, List<Path>> cameraImages() {
    Map<String, List<Path>> sets = new LinkedHashMap<>();
    for (String label : List.of("real", "spoof_print")) {
      sets.put("nuaa " + label, nuaaSessions(label).stream().flatMap(g -> g.files().stream()).toList());
    }
    for (String label : List.of("real", "spoof")) {
      sets.put("selfie pairs " + label, selfiePairs().stream().filter(g -> g.name().startsWith("pair " + label + " "))
          .flatMap(g -> g.files().stream()).toList());
    }
    for (String label : List.of("yawn", "no_yawn")) {
      sets.put("yawdd " + label, yawddRuns(label, 1).stream().flatMap(g -> g.files().stream()).toList());
    }
    return sets;
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> rows(Path csv) {
    try (Stream<String> lines = Files.lines(csv)) {
      return lines.skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
