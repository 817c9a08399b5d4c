package org.kyc4j.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ground truth of one rendered synthetic document, on its own upright raster of
 * {@link SyntheticKind#width()} x {@link SyntheticKind#height()} pixels: the MRZ lines it carries
 * (valid, every check digit right), the fields under {@link org.kyc4j.spi.DocumentFields} names
 * (dates ISO), where each printed field value, the portrait and the MRZ lie, and where the portrait
 * came from. A {@link DocumentDefect#TEXT_EDIT} changes a printed value only: these fields stay the
 * MRZ's. Immutable.
 *
 * @param kind the document kind
 * @param mrzLines the MRZ lines, top first
 * @param fields the fields, by {@code DocumentFields} name
 * @param printedBoxes the box of each printed field value, by {@code DocumentFields} name
 * @param portraitBox the portrait
 * @param mrzBox the MRZ band
 * @param portraitSource {@code lfw_faces:} and the file, or {@code drawn} when no face photo was available
 */
public record SyntheticDocument(SyntheticKind kind, List<String> mrzLines, Map<String, String> fields,
    Map<String, CardBox> printedBoxes, CardBox portraitBox, CardBox mrzBox, String portraitSource) {
  /** Checks that the MRZ has the kind's layout and copies the collections. */
  public SyntheticDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(portraitBox, "portraitBox");
    Objects.requireNonNull(mrzBox, "mrzBox");
    Objects.requireNonNull(portraitSource, "portraitSource");
    mrzLines = List.copyOf(mrzLines);
    if (mrzLines.size() != kind.mrz().lines()
        || mrzLines.stream().anyMatch(line -> line.length() != kind.mrz().lineLength())) {
      throw new IllegalArgumentException("mrzLines " + mrzLines + " do not fit " + kind.mrz() + ": "
          + kind.mrz().lines() + " lines of " + kind.mrz().lineLength());
    }
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    printedBoxes = Collections.unmodifiableMap(new LinkedHashMap<>(printedBoxes));
  }

  /** Returns whether the portrait is a real face photo (from {@code lfw_faces}) rather than a drawn one. */
  public boolean realPortrait() {
    return portraitSource.startsWith("lfw_faces:");
  }
}
