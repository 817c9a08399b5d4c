package org.kyc4j.benchmarks.face;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kyc4j.api.RgbImage;
import org.kyc4j.liveness.face.FaceReading;
import org.kyc4j.liveness.face.FaceRecognizer;
import org.kyc4j.liveness.passive.MiniFasNetPair;
import org.kyc4j.liveness.passive.PassiveCues;
import org.kyc4j.liveness.passive.TextureScore;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;

/**
 * The dev photos of the passive fusion fit, with each one's one-frame features, and the captures built
 * from them: every photo alone, the selfie pairs (normal and zoomed photo), and per NUAA session (subject,
 * session, label) the two frames with the largest viewpoint change, as the detector chooses them.
 */
final class FusionData {
  /** One photo: set family, CV group, capture key, label, one-frame features, faces. */
  record Photo(String set, String family, String group, String session, boolean live, double[] x,
      FrameFaces frame) {}

  /** A capture of one or two photos; parallax is null for one photo. */
  record Capture(String row, String family, String group, boolean live, List<Photo> photos,
      Map<String, Double> parallax) {
    boolean twoFrame() {
      return parallax != null && parallax.get("viewpoint_change") >= 1;
    }
  }

  private FusionData() {}

  /** Measures every dev photo with a face; counts those without in {@code missing}. */
  static List<Photo> photos(DataFolder data, FaceRecognizer recognizer, MiniFasNetPair pair,
      Map<String, Integer> missing) throws IOException {
    List<Photo> out = new ArrayList<>();
    Path nuaa = data.require(DataSet.NUAA_PRINT_ATTACK);
    for (String[] row : LfwFaces.labels(nuaa.resolve("labels.csv"))) {
      add(out, missing, recognizer, pair, nuaa.resolve(row[0]), "nuaa", "nuaa", "nuaa-" + row[2],
          "nuaa-" + row[2] + "-" + row[5] + "-" + row[1], row[1].equals("real"));
    }
    Path selfies = data.require(DataSet.SELFIE_LIVENESS_PAIRS);
    int k = 0;
    for (String[] row : LfwFaces.labels(selfies.resolve("labels.csv"))) {
      boolean live = row[2].equals("real");
      String group = "selfie-" + k++;
      add(out, missing, recognizer, pair, selfies.resolve(row[0]), "selfie-normal", "selfie", group, group, live);
      add(out, missing, recognizer, pair, selfies.resolve(row[1]), "selfie-zoomed", "selfie", group, group, live);
    }
    Path pad = data.require(DataSet.PAD_EXTRA);
    for (String[] row : LfwFaces.labels(pad.resolve("labels.csv"))) {
      String source = row[2];
      String name = row[0].substring(row[0].lastIndexOf('/') + 1, row[0].lastIndexOf('.'));
      String group = source.equals("wolf") ? "wolf-" + row[1] + "-" + Integer.parseInt(name) / 25 : row[0];
      add(out, missing, recognizer, pair, pad.resolve(row[0]), source, source, group, row[0], row[1].equals("real"));
    }
    return out;
  }

  private static void add(List<Photo> out, Map<String, Integer> missing, FaceRecognizer recognizer,
      MiniFasNetPair pair, Path file, String set, String family, String group, String session, boolean live)
      throws IOException {
    RgbImage image = LfwFaces.load(file);
    FaceReading reading = recognizer.locate(image);
    FaceBox box = reading.subject().orElse(null);
    if (box == null) {
      missing.merge(set, 1, Integer::sum);
      return;
    }
    TextureScore texture = pair.score(image, box);
    out.add(new Photo(set, family, group, session, live, PassiveCues.frameCues(image, box, texture),
        reading.frame()));
  }

  /** Every capture: each photo alone, the selfie pairs and the NUAA session pairs. */
  static List<Capture> captures(List<Photo> photos) {
    List<Capture> out = new ArrayList<>();
    for (Photo p : photos) {
      out.add(new Capture(p.set(), p.family(), p.group(), p.live(), List.of(p), null));
    }
    Map<String, List<Photo>> sessions = new LinkedHashMap<>();
    for (Photo p : photos) {
      if (p.family().equals("nuaa") || p.family().equals("selfie")) {
        sessions.computeIfAbsent(p.session(), s -> new ArrayList<>()).add(p);
      }
    }
    for (List<Photo> session : sessions.values()) {
      Capture widest = widest(session);
      if (widest != null) {
        out.add(widest);
      }
    }
    return out;
  }

  private static Capture widest(List<Photo> session) {
    Photo a = null;
    Photo b = null;
    Map<String, Double> best = null;
    for (int i = 0; i < session.size(); i++) {
      for (int j = i + 1; j < session.size(); j++) {
        if (usable(session.get(i)) && usable(session.get(j))) {
          Map<String, Double> p = PassiveCues.parallax(session.get(i).frame(), session.get(j).frame());
          if (best == null || p.get("viewpoint_change") > best.get("viewpoint_change")) {
            best = p;
            a = session.get(i);
            b = session.get(j);
          }
        }
      }
    }
    if (best == null) {
      return null;
    }
    String row = a.family().equals("nuaa") ? "nuaa-pair" : "selfie-pair";
    return new Capture(row, a.family(), a.group(), a.live(), List.of(a, b), best);
  }

  /** Writes the captures (without faces) as tab-separated lines, for re-fitting without the models. */
  static void save(List<Capture> captures, Path file) throws IOException {
    StringBuilder s = new StringBuilder();
    for (Capture c : captures) {
      List<String> xs = new ArrayList<>();
      for (Photo p : c.photos()) {
        xs.add(java.util.Arrays.stream(p.x()).mapToObj(Double::toString).collect(java.util.stream.Collectors.joining(",")));
      }
      s.append(String.join("\t", c.row(), c.family(), c.group(), Boolean.toString(c.live()), String.join(";", xs),
          c.parallax() == null ? "-" : c.parallax().get("log_residual") + "," + c.parallax().get("viewpoint_change")))
          .append('\n');
    }
    java.nio.file.Files.writeString(file, s);
  }

  /** Reads what {@link #save} wrote. */
  static List<Capture> load(Path file) throws IOException {
    List<Capture> out = new ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(file)) {
      String[] f = line.split("\t");
      boolean live = Boolean.parseBoolean(f[3]);
      List<Photo> photos = new ArrayList<>();
      for (String x : f[4].split(";")) {
        photos.add(new Photo(f[0], f[1], f[2], f[2], live,
            java.util.Arrays.stream(x.split(",")).mapToDouble(Double::parseDouble).toArray(), null));
      }
      Map<String, Double> parallax = null;
      if (!f[5].equals("-")) {
        String[] v = f[5].split(",");
        parallax = Map.of("log_residual", Double.parseDouble(v[0]), "viewpoint_change", Double.parseDouble(v[1]));
      }
      out.add(new Capture(f[0], f[1], f[2], live, photos, parallax));
    }
    return out;
  }

  private static boolean usable(Photo p) {
    return p.frame().landmarks().isPresent() && p.frame().geometry().isPresent()
        && p.frame().verdict() == org.kyc4j.spi.FaceVerdict.ONE;
  }
}
