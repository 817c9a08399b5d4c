package org.kyc4j.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.kyc4j.api.Level;
import org.kyc4j.benchmarks.face.LfwFaces;
import org.kyc4j.idn.LiteIdentityNetwork;
import org.kyc4j.idn.internal.FaceIndex;
import org.kyc4j.idn.internal.FaceIndexes;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;

/**
 * The face index on real descriptors: reads a labelled face set with {@code FaceRecognizer}, fits a
 * Gaussian ({@link FaceGaussian}) to its embeddings to draw N distractor people, indexes them with
 * the first photo of each mated identity, and queries with that identity's other photos at each
 * level's same-face threshold. Prints, for the partitioned index and the exact int8 scan: recall of
 * the true match, false hits per query, median and p99 query time. Single-threaded; numbers on a
 * shared machine are noisy.
 *
 * <p>Usage: {@code java -Xmx12g -cp benchmarks/target/benchmarks.jar org.kyc4j.benchmarks.RealFaceSearchReport
 * [face set, default lfw_faces of the data folder (see DataFolder)] [sizes, default 100000] [seed, default 42]}.
 */
public final class RealFaceSearchReport {
  private static final long START = 1_700_000_000L;
  private static final long YEAR = 365 * 86_400L;
  private static final int PASSES = 3;

  private RealFaceSearchReport() {}

  /** Runs the report; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path folder = args.length > 0 ? Path.of(args[0]) : DataFolder.locate().require(DataSet.LFW_FACES);
    int[] sizes = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
        : new int[] {100_000};
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    long start = System.nanoTime();
    List<LfwFaces.Photo> photos = LfwFaces.read(folder);
    List<float[]> embeddings = photos.stream().map(LfwFaces.Photo::embedding).filter(e -> e != null).toList();
    System.out.printf(Locale.ROOT, "%d photos of %s read in %.1f s; no face in %d; seed %d%n", photos.size(), folder,
        (System.nanoTime() - start) / 1e9, photos.size() - embeddings.size(), seed);
    FaceGaussian model = FaceGaussian.fit(embeddings);
    Map<String, List<float[]>> mated = mated(photos);
    compareModel(photos, model, new Random(seed));
    System.out.printf(Locale.ROOT, "%n%d mated identities: the first photo indexed, %d other photos query%n",
        mated.size(), mated.values().stream().mapToInt(l -> l.size() - 1).sum());
    System.out.printf(Locale.ROOT, "%-11s %9s %-8s %6s %8s %10s %10s %8s %8s  %s%n", "index", "faces", "level",
        "t", "build s", "recall", "false/q", "p50 ms", "p99 ms", "agreement with exact");
    for (int size : sizes) {
      report(size, model, mated, new Random(seed + size));
    }
  }

  /** Groups the embeddings of the mated photos by identity, in label order. */
  private static Map<String, List<float[]>> mated(List<LfwFaces.Photo> photos) {
    Map<String, List<float[]>> byIdentity = new LinkedHashMap<>();
    for (LfwFaces.Photo photo : photos) {
      if (photo.role().equals("mated") && photo.embedding() != null) {
        byIdentity.computeIfAbsent(photo.identity(), k -> new ArrayList<>()).add(photo.embedding());
      }
    }
    byIdentity.values().removeIf(list -> list.size() < 2);
    return byIdentity;
  }

  /** Prints the cosine distribution of real different-people pairs next to that of model draws. */
  private static void compareModel(List<LfwFaces.Photo> photos, FaceGaussian model, Random random) {
    List<Double> real = new ArrayList<>();
    List<Double> same = new ArrayList<>();
    for (int i = 0; i < photos.size(); i++) {
      for (int j = i + 1; j < photos.size(); j++) {
        LfwFaces.Photo a = photos.get(i);
        LfwFaces.Photo b = photos.get(j);
        if (a.embedding() != null && b.embedding() != null) {
          (a.identity().equals(b.identity()) ? same : real).add(dot(a.embedding(), b.embedding()));
        }
      }
    }
    List<float[]> draws = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      draws.add(model.draw(random));
    }
    List<Double> synthetic = new ArrayList<>();
    for (int i = 0; i < draws.size(); i++) {
      for (int j = i + 1; j < draws.size(); j++) {
        synthetic.add(dot(draws.get(i), draws.get(j)));
      }
    }
    double[] spread = model.spread();
    System.out.printf(Locale.ROOT, "Gaussian model: |mean|^2 %.4f, total variance %.4f%n", spread[1], spread[0]);
    System.out.println("pairs                      count      mean     q50      q99   q99.9  q99.99  >=0.945");
    summary("LFW same person", same);
    summary("LFW different people", real);
    summary("model draws", synthetic);
  }

  private static void summary(String name, List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double mean = Arrays.stream(v).average().orElse(Double.NaN);
    long above = Arrays.stream(v).filter(x -> x >= 0.945).count();
    System.out.printf(Locale.ROOT, "%-22s %9d %9.4f %7.4f %8.4f %7.4f %7.4f %8.2e%n", name, v.length, mean,
        quantile(v, 0.5), quantile(v, 0.99), quantile(v, 0.999), quantile(v, 0.9999), above / (double) v.length);
  }

  private static double quantile(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
  }

  /** Builds both indexes at one size and prints a row per level and index. */
  private static void report(int size, FaceGaussian model, Map<String, List<float[]>> mated, Random random) {
    float[][] faces = new float[size + mated.size()][];
    long[] times = new long[faces.length];
    for (int i = 0; i < size; i++) {
      faces[i] = model.draw(random);
      times[i] = START + i * YEAR / size;
    }
    List<float[]> queries = new ArrayList<>();
    List<Integer> truth = new ArrayList<>();
    int slot = size;
    for (List<float[]> photos : mated.values()) {
      faces[slot] = photos.get(0);
      times[slot] = START + (long) (random.nextDouble() * YEAR);
      for (float[] query : photos.subList(1, photos.size())) {
        queries.add(query);
        truth.add(slot);
      }
      slot++;
    }
    FaceIndex partitioned = FaceIndexes.create(128);
    FaceIndex exact = FaceIndexes.exact(128);
    double partitionedBuild = fill(partitioned, faces, times);
    double exactBuild = fill(exact, faces, times);
    LiteIdentityNetwork defaults = LiteIdentityNetwork.builder().build();
    for (Level level : List.of(Level.LOOSE, Level.STANDARD, Level.STRICT)) {
      float threshold = (float) defaults.faceThresholds(level).match();
      QueryRun want = QueryRun.of(exact, queries, truth, threshold, PASSES);
      QueryRun got = QueryRun.of(partitioned, queries, truth, threshold, PASSES);
      print("exact int8", size, level, threshold, exactBuild, want, "reference");
      print("partitioned", size, level, threshold, partitionedBuild, got, got.agreement(want));
    }
  }

  private static double fill(FaceIndex index, float[][] faces, long[] times) {
    long start = System.nanoTime();
    for (int i = 0; i < faces.length; i++) {
      index.add(i, faces[i], times[i]);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static void print(String name, int size, Level level, float threshold, double build, QueryRun run,
      String note) {
    System.out.printf(Locale.ROOT, "%-11s %9d %-8s %6.3f %8.1f %10s %10.3f %8.3f %8.3f  %s%n", name, size, level,
        threshold, build, run.found + "/" + run.answers.size(), run.falseHits / (double) run.answers.size(),
        run.percentileMillis(0.5), run.percentileMillis(0.99), note);
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * (double) b[i];
    }
    return sum;
  }
}
