package org.kyc4j.spi;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kyc4j.api.CompareImage;
import org.kyc4j.api.Page;
import org.kyc4j.api.PhotoKind;
import org.kyc4j.api.RgbImage;

/**
 * The decoded images of one request, as the engine puts them on the board before any detector runs.
 *
 * @param pages the decoded plain photos by page
 * @param frames the decoded selfie frames, in request order
 * @param frontVariants the decoded second photos of the front page by kind ({@link PhotoKind#FLASH},
 *     {@link PhotoKind#ANGLED}); empty unless the config asks for them, never {@link PhotoKind#PLAIN}
 * @param compared the decoded photos of a FACE_COMPARE request by side; empty for other products
 */
public record DecodedImages(Map<Page, RgbImage> pages, List<RgbImage> frames, Map<PhotoKind, RgbImage> frontVariants,
    Map<CompareImage.Side, RgbImage> compared) {
  /** Copies the collections; rejects a plain photo among the variants. */
  public DecodedImages {
    Map<Page, RgbImage> copy = new EnumMap<>(Page.class);
    Objects.requireNonNull(pages, "pages").forEach((page, image) -> copy.put(page, Objects.requireNonNull(image)));
    pages = Collections.unmodifiableMap(copy);
    frames = List.copyOf(frames);
    Map<PhotoKind, RgbImage> variants = new EnumMap<>(PhotoKind.class);
    Objects.requireNonNull(frontVariants, "frontVariants")
        .forEach((kind, image) -> variants.put(kind, Objects.requireNonNull(image)));
    if (variants.containsKey(PhotoKind.PLAIN)) {
      throw new IllegalArgumentException("frontVariants holds the second front photos; the PLAIN one belongs in pages");
    }
    frontVariants = Collections.unmodifiableMap(variants);
    Map<CompareImage.Side, RgbImage> sides = new EnumMap<>(CompareImage.Side.class);
    Objects.requireNonNull(compared, "compared").forEach((side, image) -> sides.put(side, Objects.requireNonNull(image)));
    compared = Collections.unmodifiableMap(sides);
  }

  /** The images of a request without compare images. */
  public DecodedImages(Map<Page, RgbImage> pages, List<RgbImage> frames, Map<PhotoKind, RgbImage> frontVariants) {
    this(pages, frames, frontVariants, Map.of());
  }

  /** The images of a request without second front photos and compare images. */
  public DecodedImages(Map<Page, RgbImage> pages, List<RgbImage> frames) {
    this(pages, frames, Map.of(), Map.of());
  }

  /** Returns the decoded compare image of one side, if the request is a FACE_COMPARE. */
  public Optional<RgbImage> compared(CompareImage.Side side) {
    return Optional.ofNullable(compared.get(Objects.requireNonNull(side, "side")));
  }

  /** Returns the decoded photo of the given page and kind, if the request carried one. */
  public Optional<RgbImage> find(Page page, PhotoKind kind) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(kind, "kind");
    if (kind == PhotoKind.PLAIN) {
      return Optional.ofNullable(pages.get(page));
    }
    return page == Page.FRONT ? Optional.ofNullable(frontVariants.get(kind)) : Optional.empty();
  }
}
