package org.kyc4j.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kyc4j.api.CompareImage;
import org.kyc4j.api.DocumentImage;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Outcome;
import org.kyc4j.api.Page;
import org.kyc4j.api.PhotoKind;
import org.kyc4j.api.ReasonCode;
import org.kyc4j.api.RgbImage;
import org.kyc4j.api.SelfieFrame;
import org.kyc4j.api.Stage;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.core.internal.ImageDecoder;
import org.kyc4j.core.internal.ImageRejectedException;
import org.kyc4j.spi.DecodedImages;

/**
 * Decodes every image of a request once, document photos in page order (each page's plain photo
 * first, then the front's flash and angled photos) then frames in capture order, and stops at the
 * first image that cannot be decoded.
 */
final class ImageDecoding {
  /** The detector id of the engine's decoding findings. */
  static final String DETECTOR_ID = "engine.decode";

  private ImageDecoding() {}

  /**
   * What decoding gave: the images, or the FAIL finding of the first rejected image.
   *
   * @param images the decoded images, or null when one was rejected
   * @param rejection the finding naming the rejected image, or null
   */
  record Result(DecodedImages images, Finding rejection) {}

  static Result decode(VerificationRequest request, ImageDecoder decoder, int maxEncodedBytes) {
    Map<Page, RgbImage> pages = new EnumMap<>(Page.class);
    Map<PhotoKind, RgbImage> variants = new EnumMap<>(PhotoKind.class);
    List<DocumentImage> documents = new ArrayList<>(request.documents());
    documents.sort(Comparator.comparing(DocumentImage::page).thenComparing(DocumentImage::kind));
    for (DocumentImage document : documents) {
      try {
        RgbImage image = decodeOne(decoder, document.size(), maxEncodedBytes, document::bytes);
        if (document.kind() == PhotoKind.PLAIN) {
          pages.put(document.page(), image);
        } else {
          variants.put(document.kind(), image);
        }
      } catch (ImageRejectedException e) {
        return rejected(Stage.DOCUMENT, ReasonCode.DOC_IMAGE_INVALID, describe(document), e);
      }
    }
    List<RgbImage> frames = new ArrayList<>();
    for (SelfieFrame frame : request.frames()) {
      String what = "selfie frame " + frames.size();
      try {
        frames.add(decodeOne(decoder, frame.size(), maxEncodedBytes, frame::bytes));
      } catch (ImageRejectedException e) {
        return rejected(Stage.FACE, ReasonCode.FACE_IMAGE_INVALID, what, e);
      }
    }
    Map<CompareImage.Side, RgbImage> compared = new EnumMap<>(CompareImage.Side.class);
    for (CompareImage image : request.compareImages()) {
      try {
        compared.put(image.side(), decodeOne(decoder, image.size(), maxEncodedBytes, image::bytes));
      } catch (ImageRejectedException e) {
        return rejected(Stage.FACE, ReasonCode.FACE_IMAGE_INVALID, "compare image " + image.side(), e);
      }
    }
    return new Result(new DecodedImages(pages, frames, variants, compared), null);
  }

  /** Names a document photo in a finding: {@code document page FRONT (1)}, plus its kind unless plain. */
  private static String describe(DocumentImage document) {
    String what = "document page " + document.page() + " (" + document.page().code() + ")";
    return document.kind() == PhotoKind.PLAIN ? what : what + ", " + document.kind() + " photo";
  }

  private interface Bytes {
    byte[] get();
  }

  private static RgbImage decodeOne(ImageDecoder decoder, int size, int maxEncodedBytes, Bytes bytes)
      throws ImageRejectedException {
    if (size > maxEncodedBytes) {
      throw new ImageRejectedException(ImageRejectedException.Kind.TOO_MANY_BYTES,
          size + " bytes; allowed: at most " + maxEncodedBytes, null);
    }
    try {
      return decoder.decode(bytes.get());
    } catch (RuntimeException e) {
      throw new ImageRejectedException(ImageRejectedException.Kind.CORRUPT, "the decoder failed: " + e, e);
    }
  }

  private static Result rejected(Stage stage, ReasonCode code, String what, ImageRejectedException e) {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("image", what);
    evidence.put("kind", e.kind().name());
    Finding finding = Finding.of(DETECTOR_ID, stage, Outcome.FAIL, code, what + ": " + e.kind() + ": "
        + e.getMessage(), Double.NaN, Double.NaN, evidence);
    return new Result(null, finding);
  }
}
