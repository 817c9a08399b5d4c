package org.kyc4j.spi;

import java.util.List;
import org.kyc4j.api.ImageArtefact;

/**
 * A list of image artefacts as one board value.
 *
 * @param images the images, in capture order
 */
public record ImageArtefactList(List<ImageArtefact> images) {
  /** Copies the list. */
  public ImageArtefactList {
    images = List.copyOf(images);
  }
}
