package org.kyc4j.document;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kyc4j.api.RgbImage;
import org.kyc4j.document.internal.LineRecogniser;
import org.kyc4j.document.internal.MrzBand;

/**
 * Reads the MRZ from document images: finds candidate bands, recognises them with Tesseract, decides
 * each with {@link MrzCorrection}, and lets the images vote. Thread-safe (the recogniser pools its
 * Tesseract handles); {@link #close()} frees them.
 */
final class MrzImageReader implements AutoCloseable {
  private static final double CARD_MRZ_SHARE = 0.38;
  private static final double[] SCALES = {1, 0.6, 0.8};
  private final LineRecogniser recogniser;

  /**
   * What the images showed.
   *
   * @param decided the zone decided, null when no image held a readable zone
   * @param votes how many images agreed on it
   * @param images how many images were read
   */
  record Result(MrzCorrection.Decided decided, int votes, int images) {
    boolean found() {
      return decided != null;
    }
  }

  MrzImageReader(Path tessData) {
    this.recogniser = new LineRecogniser(Objects.requireNonNull(tessData, "tessData"));
  }

  /**
   * Reads every image (a rectified card is marked by {@code card}); a valid zone read by the most
   * images wins, else the invalid zone with the fewest problems.
   */
  Result read(List<Source> images, LocalDate reference) {
    Map<List<String>, Integer> votes = new LinkedHashMap<>();
    List<MrzCorrection.Decided> all = new ArrayList<>();
    for (Source source : images) {
      readOne(source, reference).ifPresent(decided -> {
        all.add(decided);
        votes.merge(decided.lines(), 1, Integer::sum);
      });
    }
    Optional<MrzCorrection.Decided> valid = all.stream().filter(d -> d.reading().valid())
        .max(Comparator.comparingInt((MrzCorrection.Decided d) -> votes.get(d.lines()))
            .thenComparing(d -> -d.changes()));
    MrzCorrection.Decided best = valid.orElseGet(() -> all.stream()
        .min(Comparator.comparingInt((MrzCorrection.Decided d) -> d.reading().problems().size()))
        .orElse(null));
    return new Result(best, best == null ? 0 : votes.get(best.lines()), images.size());
  }

  /**
   * An image to read: a rectified card or a whole photo; both are also read in their lower part.
   *
   * @param image the card or photo to read first
   * @param card whether {@code image} is a rectified card
   * @param photo the whole photo the card came from, read when the card gives no valid zone; null
   *     when {@code image} is the whole photo already
   */
  record Source(RgbImage image, boolean card, RgbImage photo) {
    Source {
      Objects.requireNonNull(image, "image");
    }

    /** A source without a fallback photo. */
    Source(RgbImage image, boolean card) {
      this(image, card, null);
    }
  }

  /**
   * Reads the card, and the whole photo behind it when the card gives no valid zone (a card warped to
   * a fixed width can lose the MRZ's resolution, or the locator can cut the zone off).
   */
  private Optional<MrzCorrection.Decided> readOne(Source source, LocalDate reference) {
    Optional<MrzCorrection.Decided> first = readImage(source.image(), reference);
    if (source.photo() == null || first.filter(d -> d.reading().valid()).isPresent()) {
      return first;
    }
    Optional<MrzCorrection.Decided> second = readImage(source.photo(), reference);
    if (second.filter(d -> d.reading().valid()).isPresent() || first.isEmpty()) {
      return second;
    }
    return second.filter(d -> d.reading().problems().size() < first.get().reading().problems().size())
        .or(() -> first);
  }

  /**
   * Reads each candidate band at several scales. A valid zone counts only when two readings of the
   * same band decide the same lines, because check digits alone let about one garbled zone in a
   * hundred pass; otherwise the invalid zone with the fewest problems is returned.
   */
  private Optional<MrzCorrection.Decided> readImage(RgbImage image, LocalDate reference) {
    List<MrzBand.Band> bands = new ArrayList<>(MrzBand.find(image));
    bands.add(MrzBand.bottom(image, CARD_MRZ_SHARE));
    MrzCorrection.Decided best = null;
    for (MrzBand.Band band : bands) {
      Map<List<String>, Integer> valid = new LinkedHashMap<>();
      for (double scale : SCALES) {
        Optional<MrzCorrection.Decided> decided = decide(scale == 1 ? band : band.scaled(scale), reference);
        if (decided.isEmpty()) {
          continue;
        }
        MrzCorrection.Decided d = decided.get();
        if (d.reading().valid() && valid.merge(d.lines(), 1, Integer::sum) >= 2) {
          return decided;
        }
        if (!d.reading().valid() && (best == null || d.reading().problems().size()
            < best.reading().problems().size())) {
          best = d;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<MrzCorrection.Decided> decide(MrzBand.Band band, LocalDate reference) {
    String text = recogniser.read(band.grey(), band.width(), band.height(), LineRecogniser.BLOCK);
    return MrzCorrection.decide(Arrays.asList(text.split("\n")), reference);
  }

  @Override
  public void close() {
    recogniser.close();
  }
}
