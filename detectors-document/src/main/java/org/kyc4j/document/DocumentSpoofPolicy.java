package org.kyc4j.document;

import java.util.List;
import org.kyc4j.spi.ThresholdTable;

/**
 * What each level of {@code document.anti-spoof} requires, one table per cue, LOOSE / STANDARD / STRICT
 * (README "Document authenticity" has them beside the rates measured on the dev sets and on simulated
 * attacks). {@link #COLOUR_SPREAD} is the table the detector publishes through {@code Detector.thresholds()};
 * {@link #ALL} lists every table in the order the detector judges them. Stateless.
 */
public final class DocumentSpoofPolicy {
  /** DOC_PRINTED_COPY: 95th percentile of the card's chromaticity distance from its median, percent of luma. */
  public static final ThresholdTable COLOUR_SPREAD = ThresholdTable.of(
      "card colour spread, percent of luma (p95)", ThresholdTable.PassWhen.AT_LEAST, 8.0, 12.0, 20.0);
  /** DOC_PRINTED_COPY: halftone peaks, log10 power above the ring mean in the high band (periods 2-3.2 px). */
  public static final ThresholdTable HALFTONE = ThresholdTable.of(
      "halftone peak prominence, log10 power", ThresholdTable.PassWhen.AT_MOST, 3.2, 2.8, 2.5);
  /** DOC_SCREEN_RECAPTURE: moire and pixel-grid peaks, log10 power above the ring mean in the mid band. */
  public static final ThresholdTable MOIRE = ThresholdTable.of(
      "moire peak prominence, log10 power", ThresholdTable.PassWhen.AT_MOST, 2.5, 2.2, 1.9);
  /** DOC_SCREEN_RECAPTURE: the card's colour cast, the median chromaticity's distance from grey, percent of luma. */
  public static final ThresholdTable CAST = ThresholdTable.of(
      "card colour cast, percent of luma", ThresholdTable.PassWhen.AT_MOST, 80, 60, 45);
  /** DOC_TAMPERED (JPEG only): the largest 3x3-window JPEG ghost ratio above the photo's (double compression). */
  public static final ThresholdTable TAMPER_GRID = ThresholdTable.of(
      "JPEG ghost ratio above the photo's", ThresholdTable.PassWhen.AT_MOST, 0.40, 0.30, 0.20);
  /** DOC_TAMPERED (JPEG only): the largest 3x3-window mean |log2| of local over photo noise. */
  public static final ThresholdTable TAMPER_NOISE = ThresholdTable.of(
      "local noise-level mismatch, |log2 ratio|", ThresholdTable.PassWhen.AT_MOST, 5.0, 4.6, 4.0);
  /** Every table, in the order the detector judges the cues. */
  public static final List<ThresholdTable> ALL = List.of(MOIRE, CAST, COLOUR_SPREAD, HALFTONE, TAMPER_GRID,
      TAMPER_NOISE);

  private DocumentSpoofPolicy() {}
}
