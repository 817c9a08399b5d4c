package org.kyc4j.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ground truth of the defect applied to a synthetic scene: which defect, how strong, where on
 * the card (on the card's upright raster; empty when the whole photo is affected) and the transform's
 * parameters by name. Immutable.
 *
 * @param defect the defect applied
 * @param severity its strength in [0, 1]; 0 for {@link DocumentDefect#NONE}
 * @param cardRegion the affected region of the card, when the defect is local
 * @param parameters the transform's parameters, such as {@code radius} or {@code quality}
 */
public record DefectLabel(DocumentDefect defect, double severity, Optional<CardBox> cardRegion,
    Map<String, String> parameters) {
  /** Checks the severity and copies the parameters. */
  public DefectLabel {
    Objects.requireNonNull(defect, "defect");
    Objects.requireNonNull(cardRegion, "cardRegion");
    if (!(severity >= 0 && severity <= 1)) {
      throw new IllegalArgumentException("severity is " + severity + "; allowed: 0 to 1");
    }
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
  }

  /** Returns the label of a clean scene. */
  public static DefectLabel none() {
    return new DefectLabel(DocumentDefect.NONE, 0, Optional.empty(), Map.of());
  }
}
