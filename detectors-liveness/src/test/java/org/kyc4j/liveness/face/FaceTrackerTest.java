package org.kyc4j.liveness.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceLandmarks;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

/**
 * Tracked readings against BlazeFace on every frame, on real photos: sequences built from LFW dev photos
 * moving and growing a little from frame to frame, and the real NUAA dev frames of each subject, session
 * and position in source order. The landmark difference of a tracked frame is the RMS distance of its 468
 * points from the per-frame reading's, over that reading's eye distance.
 */
class FaceTrackerTest {
  /** Largest median / single-frame landmark difference allowed, in eye distances (measured: README). */
  private static final double MEDIAN_LIMIT = 0.03;
  private static final double MAX_LIMIT = 0.12;
  private static FaceRecognizer recognizer;

  @BeforeAll
  static void open() {
    recognizer = FaceRecognizer.open();
  }

  @AfterAll
  static void close() {
    recognizer.close();
  }

  @Test
  void trackedLandmarksAgreeWithDetectionOnShiftedRealPhotos() {
    LfwFaces.assumeAvailable();
    List<List<RgbImage>> sequences = new ArrayList<>();
    for (List<Path> identity : LfwFaces.matedIdentities().subList(0, 8)) {
      BufferedImage photo = LfwFaces.read(identity.get(0));
      List<RgbImage> frames = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        frames.add(FaceRecognizerTest.rgb(placed(photo, 150 + 7 * i, 80 + 4 * i, 280 + 3 * i)));
      }
      sequences.add(frames);
    }
    List<Double> differences = compare("lfw shifted", sequences);
    assertAgreement(differences, 8 * 7);
  }

  @Test
  void trackedLandmarksAgreeWithDetectionOnConsecutiveNuaaFrames() {
    List<List<RgbImage>> sequences = nuaaSessions().stream().filter(s -> s.size() >= 3).map(s -> s.stream()
        .map(FaceTrackerTest::read).toList()).toList();
    List<Double> differences = compare("nuaa real sessions", sequences);
    assertAgreement(differences, 80);
  }

  @Test
  void detectsOnTheFirstAndLastFrameAndEveryFewFramesAndSeesASecondFaceThere() {
    LfwFaces.assumeAvailable();
    List<List<Path>> people = LfwFaces.matedIdentities();
    BufferedImage one = LfwFaces.read(people.get(0).get(0));
    List<RgbImage> still = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      still.add(FaceRecognizerTest.rgb(placed(one, 170, 90, 300)));
    }
    assertThat(recognizer.track(still, true).detected()).containsExactly(0, 5, 10, 11);
    RgbImage pair = FaceRecognizerTest.rgb(LfwFaces.sideBySide(one, LfwFaces.read(people.get(1).get(0)), 240));
    List<FaceReading> readings = recognizer.locateAll(List.of(pair, pair, pair));
    assertThat(readings.get(0).verdict()).isEqualTo(FaceVerdict.MULTIPLE);
    assertThat(readings.get(2).verdict()).as("the last frame is always detected").isEqualTo(FaceVerdict.MULTIPLE);
  }

  /** Per tracked frame, the landmark difference from per-frame detection; prints the summary. */
  private static List<Double> compare(String name, List<List<RgbImage>> sequences) {
    List<Double> differences = new ArrayList<>();
    int frames = 0;
    int detections = 0;
    for (List<RgbImage> sequence : sequences) {
      FaceTracker.Result tracked = recognizer.track(sequence, true);
      frames += sequence.size();
      detections += tracked.detected().size();
      for (int i = 0; i < sequence.size(); i++) {
        FaceReading alone = recognizer.locate(sequence.get(i));
        if (tracked.detected().contains(i) || alone.verdict() != FaceVerdict.ONE) {
          continue;
        }
        double d = difference(tracked.readings().get(i).landmarks().orElseThrow(), alone.landmarks().orElseThrow());
        differences.add(d);
      }
    }
    List<Double> sorted = differences.stream().sorted().toList();
    System.out.printf(Locale.ROOT, "%s: %d sequences, %d frames, %d detected, %d tracked; landmark RMS / eye distance"
        + " median %.4f, 90%% %.4f, max %.4f%n", name, sequences.size(), frames, detections, sorted.size(),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2), sorted.isEmpty() ? 0 : sorted.get(sorted.size() * 9 / 10),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    return sorted;
  }

  private static void assertAgreement(List<Double> sorted, int atLeast) {
    assertThat(sorted).as("tracked frames compared").hasSizeGreaterThanOrEqualTo(atLeast);
    assertThat(sorted.get(sorted.size() / 2)).as("median landmark difference").isLessThan(MEDIAN_LIMIT);
    assertThat(sorted.get(sorted.size() - 1)).as("largest landmark difference").isLessThan(MAX_LIMIT);
  }

  /** RMS distance of the 468 points over the eye distance of {@code reference}. */
  static double difference(FaceLandmarks tracked, FaceLandmarks reference) {
    double sum = 0;
    for (int i = 0; i < FaceLandmarks.COUNT; i++) {
      sum += Math.pow(tracked.x(i) - reference.x(i), 2) + Math.pow(tracked.y(i) - reference.y(i), 2);
    }
    double eyes = Math.hypot(centre(reference, MeshPoints.RIGHT_EYE, true) - centre(reference, MeshPoints.LEFT_EYE, true),
        centre(reference, MeshPoints.RIGHT_EYE, false) - centre(reference, MeshPoints.LEFT_EYE, false));
    return Math.sqrt(sum / FaceLandmarks.COUNT) / eyes;
  }

  private static double centre(FaceLandmarks landmarks, int[] eye, boolean x) {
    return ((x ? landmarks.x(eye[0]) : landmarks.y(eye[0])) + (x ? landmarks.x(eye[3]) : landmarks.y(eye[3]))) / 2;
  }

  /** A 640x480 grey frame with {@code photo} drawn {@code size} pixels wide at (x, y). */
  static BufferedImage placed(BufferedImage photo, int x, int y, int size) {
    BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.setColor(new Color(0x808080));
    g.fillRect(0, 0, 640, 480);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(photo, x, y, size, size, null);
    g.dispose();
    return frame;
  }

  /** The real NUAA dev frames of each subject, session and position code, in source frame order. */
  static List<List<Path>> nuaaSessions() {
    Path root = DataSets.require(DataSet.NUAA_PRINT_ATTACK);
    Map<String, List<Path>> groups = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(root.resolve("labels.csv")).stream().skip(1).toList()) {
        String[] row = line.split(",");
        if (row[1].equals("real")) {
          groups.computeIfAbsent(row[2] + "/" + row[5] + "/" + row[4], k -> new ArrayList<>()).add(root.resolve(row[0]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Comparator<Path> byNumber = Comparator.comparingInt(p -> Integer.parseInt(
        p.getFileName().toString().replaceAll(".*_(\\d+)\\.jpg$", "$1")));
    return groups.values().stream().map(g -> g.stream().sorted(byNumber).toList()).toList();
  }

  private static RgbImage read(Path file) {
    try {
      return FaceRecognizerTest.rgb(ImageIO.read(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
