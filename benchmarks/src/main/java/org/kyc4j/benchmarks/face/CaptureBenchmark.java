package org.kyc4j.benchmarks.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kyc4j.api.Decision;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.benchmarks.BenchEngines;
import org.kyc4j.core.Kyc4j;
import org.kyc4j.testdata.DataFolder;
import org.kyc4j.testdata.DataSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One FACE_CAPTURE verification of a 10-frame capture with one asked action ({@link #action}: MOUTHOPEN,
 * or FACEBLINK, for which the iris model also reads both eyes of every frame) through the
 * FACE and LIVENESS stages, with every detector on the class path and MiniFASNet when its folder is
 * there. The frames are the first ten real webcam frames (640x480 JPEG) of NUAA dev subject 0001,
 * session 01, in source order, stamped 100 ms apart: one person at rest, so the action is not seen and
 * the decision fails with ACTION_FAILED; the cost, not the outcome, is measured. {@link #main} prints
 * the median per-detector timings of the decisions.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class CaptureBenchmark {
  /** Frames in the capture. */
  static final int FRAMES = 10;

  /** The asked action. */
  @Param({"MOUTHOPEN", "FACEBLINK"})
  public String action;

  private Kyc4j engine;
  private VerificationRequest request;

  /** Builds the engine (models loaded once) and the request. */
  @Setup(Level.Trial)
  public void setUp() {
    engine = engine();
    request = request(Instant.now(), action);
  }

  /** Closes the engine. */
  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  /** The whole verification: decoding ten frames, FACE and LIVENESS detectors, the decision. */
  @Benchmark
  public Decision verify() {
    return engine.verify(request);
  }

  static Kyc4j engine() {
    return BenchEngines.builder().build();
  }

  static VerificationRequest request(Instant now) {
    return request(now, "MOUTHOPEN");
  }

  static VerificationRequest request(Instant now, String action) {
    List<byte[]> frames = nuaaFrames();
    VerificationRequest.Builder builder = VerificationRequest.builder("bench-capture", Product.FACE_CAPTURE)
        .config(ProductConfig.parse("actions=" + action)).requestedAt(now);
    for (int i = 0; i < frames.size(); i++) {
      builder.frame(new SelfieFrame(frames.get(i), now.minusMillis(100L * (frames.size() - i))));
    }
    return builder.build();
  }

  /** The first ten real frames of NUAA subject 0001, session 01, by source frame number. */
  static List<byte[]> nuaaFrames() {
    Path folder = DataFolder.locate().require(DataSet.NUAA_PRINT_ATTACK).resolve("real").resolve("0001");
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> session = files.filter(p -> p.getFileName().toString().matches("0001_00_00_01_\\d+\\.jpg"))
          .sorted((a, b) -> Integer.compare(number(a), number(b))).limit(FRAMES).toList();
      if (session.size() < FRAMES) {
        throw new IllegalStateException("only " + session.size() + " frames of session 01 in " + folder);
      }
      List<byte[]> bytes = new ArrayList<>();
      for (Path file : session) {
        bytes.add(Files.readAllBytes(file));
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("the capture benchmark needs the NUAA dev frames in " + folder, e);
    }
  }

  /**
   * Prints the median thread CPU time (robust against other jobs on the machine, unlike wall time) of
   * each face-reading step on the capture's frames, over 20 rounds after 5 warm-up ones: BlazeFace,
   * BlazeFace plus mesh, the tracked capture, one chip-and-mirror descriptor and two plain ones.
   */
  static void stages() {
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    try (Kyc4j engine = Kyc4j.builder().discovery(false).build();
        org.kyc4j.liveness.face.FaceRecognizer recognizer = org.kyc4j.liveness.face.FaceRecognizer.open()) {
      List<org.kyc4j.api.RgbImage> frames = nuaaFrames().stream().map(engine::decode).toList();
      var located = frames.stream().map(recognizer::locate).toList();
      Map<String, Runnable> steps = new LinkedHashMap<>();
      steps.put("BlazeFace, 1 frame", () -> recognizer.detect(frames.get(0)));
      steps.put("BlazeFace + mesh, 1 frame", () -> recognizer.locate(frames.get(0)));
      steps.put("locate, 10 frames one by one", () -> frames.forEach(recognizer::locate));
      steps.put("locateAll, 10 frames tracked", () -> recognizer.locateAll(frames));
      steps.put("descriptor, chip + mirror", () -> recognizer.describe(frames.get(1), located.get(1)));
      steps.put("descriptor, 2 plain chips", () -> recognizer.describePlain(List.of(frames.get(0), frames.get(9)),
          List.of(located.get(0), located.get(9))));
      steps.forEach((name, step) -> {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
          long start = cpu.getCurrentThreadCpuTime();
          step.run();
          if (i >= 5) {
            nanos.add(cpu.getCurrentThreadCpuTime() - start);
          }
        }
        System.out.printf(Locale.ROOT, "%-32s median CPU %7.1f ms over %d%n", name,
            nanos.stream().sorted().toList().get(nanos.size() / 2) / 1e6, nanos.size());
      });
    }
  }

  private static int number(Path file) {
    return Integer.parseInt(file.getFileName().toString().replaceAll(".*_(\\d+)\\.jpg$", "$1"));
  }

  /**
   * Prints the median of each detector's time (and of decoding and the total) over {@code args[0]}
   * verifications (default 30) after 10 warm-up ones, and the last decision's outcome.
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("stages")) {
      stages();
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    try (Kyc4j engine = engine()) {
      VerificationRequest request = request(Instant.now());
      Decision decision = null;
      for (int i = 0; i < 10; i++) {
        decision = engine.verify(request);
      }
      Map<String, List<Duration>> times = new LinkedHashMap<>();
      for (int i = 0; i < runs; i++) {
        decision = engine.verify(request);
        times.computeIfAbsent("total", k -> new ArrayList<>()).add(decision.timings().total());
        times.computeIfAbsent("decoding", k -> new ArrayList<>()).add(decision.timings().decoding());
        decision.timings().detectors().forEach((id, d) -> times.computeIfAbsent(id, k -> new ArrayList<>()).add(d));
      }
      System.out.println("decision: " + decision.status() + " " + decision.reasons());
      decision.findings().forEach(f -> System.out.println(f.detectorId() + " " + f.evidence()));
      times.forEach((id, list) -> System.out.printf(Locale.ROOT, "%-22s median %7.1f ms over %d%n", id,
          list.stream().mapToLong(Duration::toNanos).sorted().skip(list.size() / 2).findFirst().orElse(0) / 1e6,
          list.size()));
    }
  }
}
