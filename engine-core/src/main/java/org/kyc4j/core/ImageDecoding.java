package org.kyc4j.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
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
import org.kyc4j.core.internal.DecodeDeadline;
import org.kyc4j.core.internal.ImageDecoder;
import org.kyc4j.core.internal.ImageRejectedException;
import org.kyc4j.spi.DecodedImages;

/**
 * Decodes every image of a request once, document photos in page order (each page's plain photo
 * first, then the front's flash and angled photos) then frames in capture order, and stops at the
 * first image that cannot be decoded. Before any pixel is decoded it checks the frame count and
 * reads every header, so a request over its pixel budget is refused at no decoding cost; decoding
 * then runs against the request's decode deadline.
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

  static Result decode(VerificationRequest request, ImageDecoder decoder, EngineLimits limits) {
    if (request.frames().size() > limits.maxFrames()) {
      return rejected(new Image(Stage.FACE, ReasonCode.FACE_IMAGE_INVALID, "selfie frames", 0, null, null),
          new ImageRejectedException(ImageRejectedException.Kind.TOO_MANY_IMAGES, "the request carries "
              + request.frames().size() + " selfie frames; allowed: at most " + limits.maxFrames() + " (maxFrames)",
              null));
    }
    List<Image> images = images(request);
    long pixels = 0;
    for (Image image : images) {
      try {
        if (image.size() > limits.maxEncodedBytes()) {
          throw new ImageRejectedException(ImageRejectedException.Kind.TOO_MANY_BYTES,
              image.size() + " bytes; allowed: at most " + limits.maxEncodedBytes(), null);
        }
        pixels += decoder.probe(image.bytes().get()).pixels();
        if (pixels > limits.maxRequestPixels()) {
          throw new ImageRejectedException(ImageRejectedException.Kind.TOO_MANY_PIXELS, "the request's images up to"
              + " this one declare " + pixels + " pixels; allowed: at most " + limits.maxRequestPixels()
              + " in one request (maxRequestPixels)", null);
        }
      } catch (ImageRejectedException e) {
        return rejected(image, e);
      }
    }
    DecodeDeadline deadline = DecodeDeadline.after(limits.decodeTimeout());
    Sinks sinks = new Sinks();
    for (Image image : images) {
      try {
        image.sink().accept(sinks, decoder.decode(image.bytes().get(), deadline));
      } catch (ImageRejectedException e) {
        return rejected(image, e);
      } catch (RuntimeException e) {
        return rejected(image, new ImageRejectedException(ImageRejectedException.Kind.CORRUPT,
            "the decoder failed: " + e, e));
      }
    }
    return new Result(new DecodedImages(sinks.pages, sinks.frames, sinks.variants, sinks.compared), null);
  }

  /** Where decoded images go, by kind. */
  private static final class Sinks {
    final Map<Page, RgbImage> pages = new EnumMap<>(Page.class);
    final Map<PhotoKind, RgbImage> variants = new EnumMap<>(PhotoKind.class);
    final List<RgbImage> frames = new ArrayList<>();
    final Map<CompareImage.Side, RgbImage> compared = new EnumMap<>(CompareImage.Side.class);
  }

  /**
   * One image of the request.
   *
   * @param stage the stage whose failure a rejection is
   * @param code the reason of a rejection
   * @param what how findings name the image
   * @param size how many encoded bytes it has
   * @param bytes a copy of its encoded bytes
   * @param sink stores the decoded image
   */
  private record Image(Stage stage, ReasonCode code, String what, int size, Supplier<byte[]> bytes,
      BiConsumer<Sinks, RgbImage> sink) {}

  /** Returns the request's images in decoding order. */
  private static List<Image> images(VerificationRequest request) {
    List<Image> images = new ArrayList<>();
    List<DocumentImage> documents = new ArrayList<>(request.documents());
    documents.sort(Comparator.comparing(DocumentImage::page).thenComparing(DocumentImage::kind));
    for (DocumentImage document : documents) {
      images.add(new Image(Stage.DOCUMENT, ReasonCode.DOC_IMAGE_INVALID, describe(document), document.size(),
          document::bytes,
          (sinks, image) -> {
            if (document.kind() == PhotoKind.PLAIN) {
              sinks.pages.put(document.page(), image);
            } else {
              sinks.variants.put(document.kind(), image);
            }
          }));
    }
    for (int i = 0; i < request.frames().size(); i++) {
      SelfieFrame frame = request.frames().get(i);
      images.add(new Image(Stage.FACE, ReasonCode.FACE_IMAGE_INVALID, "selfie frame " + i, frame.size(),
          frame::bytes, (sinks, image) -> sinks.frames.add(image)));
    }
    for (CompareImage compared : request.compareImages()) {
      images.add(new Image(Stage.FACE, ReasonCode.FACE_IMAGE_INVALID, "compare image " + compared.side(),
          compared.size(), compared::bytes, (sinks, image) -> sinks.compared.put(compared.side(), image)));
    }
    return images;
  }

  /** Names a document photo in a finding: {@code document page FRONT (1)}, plus its kind unless plain. */
  private static String describe(DocumentImage document) {
    String what = "document page " + document.page() + " (" + document.page().code() + ")";
    return document.kind() == PhotoKind.PLAIN ? what : what + ", " + document.kind() + " photo";
  }

  private static Result rejected(Image image, ImageRejectedException e) {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("image", image.what());
    evidence.put("kind", e.kind().name());
    Finding finding = Finding.of(DETECTOR_ID, image.stage(), Outcome.FAIL, image.code(), image.what() + ": "
        + e.kind() + ": " + e.getMessage(), Double.NaN, Double.NaN, evidence);
    return new Result(null, finding);
  }
}
