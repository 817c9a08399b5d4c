package org.kyc4j.liveness.face;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.kyc4j.api.Action;
import org.kyc4j.api.Challenge;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.Product;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.Stage;
import org.kyc4j.spi.DetectionContext;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceEmbedding;
import org.kyc4j.spi.FaceRegion;
import org.kyc4j.spi.FaceVerdict;
import org.kyc4j.spi.FrameFaces;
import org.kyc4j.spi.Key;
import org.kyc4j.spi.Keys;
import org.kyc4j.spi.SelfieFaces;

/**
 * Finds the applicant's face in every selfie frame, with its landmarks (BlazeFace on the first and last
 * frame and every few frames, the other frames tracked from the previous frame's mesh: {@link FaceTracker}),
 * and describes the face of the most frontal frame, whose crop becomes the decision's cropped-face
 * artefact. The first and last usable frames and the best one also carry dlib's plain descriptor
 * ({@link FaceMatchPolicy#PLAIN_MODEL}) on {@link Keys#SELFIE_FACES}, so that liveness can check they show
 * one person. MULTIPLE_FACES is seen on the detected frames only. Fails with
 * MULTIPLE_FACES when a frame shows a second face of comparable size, with FACE_TOO_SMALL when the
 * only faces are too small, with NO_FACE when no frame has a face. Thread-safe.
 */
final class SelfieFaceDetector extends RecognizerDetector {
  /** The detector's id. */
  static final String ID = "face.selfie";
  /** Values in each descriptor of {@link FaceMatchPolicy#MODEL}. */
  static final int DESCRIPTOR_DIMENSION = 128;

  SelfieFaceDetector(FaceRecognizer recognizer) {
    super(ID, Stage.FACE, recognizer);
  }

  @Override
  public Set<Key<?>> provides() {
    return Set.of(Keys.SELFIE_FACE, Keys.SELFIE_EMBEDDING, Keys.CROPPED_FACE, Keys.SELFIE_FACES);
  }

  @Override
  public Set<Key<?>> uses() {
    return Set.of(Keys.CHALLENGE);
  }

  @Override
  public Set<Product> products() {
    return EnumSet.of(Product.REAL_ID, Product.FACE_CAPTURE);
  }

  @Override
  public Finding detect(DetectionContext context) {
    List<RgbImage> judged = context.get(Keys.IMAGES).frames();
    FaceTracker.Result tracked = recognizer.track(judged, readsEyes(context));
    List<FaceReading> readings = new ArrayList<>(tracked.readings());
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("frames", summaries(readings));
    evidence.put("detectedFrames", tracked.detected().toString());
    for (int i = 0; i < readings.size(); i++) {
      if (readings.get(i).verdict() == FaceVerdict.MULTIPLE) {
        return FaceFindings.fail(ID, Stage.FACE, ReasonCode.MULTIPLE_FACES,
            "frame " + i + " shows " + readings.get(i).summary(), evidence);
      }
    }
    int best = bestFrame(readings);
    if (best < 0) {
      return FaceFindings.noUsableFace(ID, Stage.FACE, readings, "the selfie frames", evidence);
    }
    FaceReading described = recognizer.describe(judged.get(best), readings.get(best));
    readings.set(best, described);
    FaceBox subject = described.subject().orElseThrow();
    context.put(Keys.SELFIE_FACE, region(best, subject, judged.get(best)));
    context.put(Keys.CROPPED_FACE, CroppedFace.of(judged.get(best), subject));
    described.embedding().ifPresent(e -> context.put(Keys.SELFIE_EMBEDDING, e));
    context.put(Keys.SELFIE_FACES, new SelfieFaces(described(judged, readings, best), best,
        FaceMatchPolicy.MODEL, DESCRIPTOR_DIMENSION));
    evidence.put("bestFrame", Integer.toString(best));
    evidence.put("face", FaceFindings.describe(subject));
    return Finding.pass(ID, Stage.FACE, subject.score(), Double.NaN, evidence);
  }

  /**
   * Every frame's reading, the best, first, last and most moved usable frames with their plain
   * descriptors (the best frame's from its described reading, the others in one batch).
   */
  private List<FrameFaces> described(List<RgbImage> frames, List<FaceReading> readings, int best) {
    List<FrameFaces> faces = new ArrayList<>(readings.stream().map(FaceReading::frame).toList());
    faces.set(best, faces.get(best).withEmbedding(new FaceEmbedding(FaceMatchPolicy.PLAIN_MODEL,
        readings.get(best).descriptor())));
    List<Integer> usable = IntStream.range(0, readings.size()).filter(i -> FaceFindings.usable(readings.get(i)))
        .boxed().toList();
    List<Integer> others = Stream.of(usable.get(0), usable.get(usable.size() - 1), MostMoved.of(readings.stream().map(FaceReading::geometry).toList(), usable))
        .distinct().filter(i -> i != best).toList();
    List<FaceEmbedding> embeddings = recognizer.describePlain(others.stream().map(frames::get).toList(),
        others.stream().map(readings::get).toList());
    for (int k = 0; k < others.size(); k++) {
      faces.set(others.get(k), faces.get(others.get(k)).withEmbedding(embeddings.get(k)));
    }
    return faces;
  }

  /**
   * Whether the eyes matter to this request: the liveness check runs and a blink is asked (by the
   * challenge, else the config) or closed-eye frames are to be returned. Only then does the iris model
   * read every frame's eyes; otherwise the geometry's eye ratios are the mesh's.
   */
  static boolean readsEyes(DetectionContext context) {
    ProductConfig config = context.config();
    List<Action> asked = context.find(Keys.CHALLENGE).map(Challenge::actions).orElse(config.actions());
    return config.liveness() != Level.CLOSED && (asked.contains(Action.FACEBLINK) || config.closedEyeCapture());
  }

  /** The most frontal frame with a usable face (smallest |yaw| + |pitch|), or -1. */
  static int bestFrame(List<FaceReading> readings) {
    return IntStream.range(0, readings.size())
        .filter(i -> FaceFindings.usable(readings.get(i)))
        .boxed()
        .min(Comparator.comparingDouble(i -> readings.get(i).geometry()
            .map(g -> Math.abs(g.yaw()) + Math.abs(g.pitch())).orElse(Double.MAX_VALUE)))
        .orElse(-1);
  }

  private static String summaries(List<FaceReading> readings) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < readings.size(); i++) {
      parts.add(i + ": " + readings.get(i).summary());
    }
    return String.join("; ", parts);
  }

  private static FaceRegion region(int frame, FaceBox face, RgbImage image) {
    int x = (int) Math.max(0, Math.floor(face.x()));
    int y = (int) Math.max(0, Math.floor(face.y()));
    int right = (int) Math.min(image.width(), Math.ceil(face.x() + face.width()));
    int bottom = (int) Math.min(image.height(), Math.ceil(face.y() + face.height()));
    return new FaceRegion(frame, x, y, Math.max(1, right - x), Math.max(1, bottom - y));
  }
}
