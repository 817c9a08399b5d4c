package org.kyc4j.spi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kyc4j.api.Page;
import org.kyc4j.api.RgbImage;

/**
 * The decoded images of one request, as the engine puts them on the board before any detector runs.
 *
 * @param pages the decoded document photos by page
 * @param frames the decoded selfie frames, in request order
 */
public record DecodedImages(Map<Page, RgbImage> pages, List<RgbImage> frames) {
  /** Copies the collections. */
  public DecodedImages {
    Map<Page, RgbImage> copy = new EnumMap<>(Page.class);
    Objects.requireNonNull(pages, "pages").forEach((page, image) -> copy.put(page, Objects.requireNonNull(image)));
    pages = Collections.unmodifiableMap(copy);
    frames = List.copyOf(frames);
  }
}
