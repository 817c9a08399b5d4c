package org.kyc4j.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything one verification needs: ids, the product, the claimed subject, the encoded document
 * photos and selfie frames, the configuration and the request time. The constructor checks that
 * the product's parts are present and nothing else is: REAL_ID needs one photo per configured
 * page and at least one frame, FACE_CAPTURE frames only, ID_RECOGNITION photos only, FACE_COMPARE
 * its two compare images A and B only. A product with documents also carries the second front photos its config
 * asks for ({@link ProductConfig#frontPhotoKinds()}: flash, angled) and no others. Immutable and
 * thread-safe.
 *
 * @param transactionId the caller's id for this transaction, 1..128 of {@code [A-Za-z0-9._:-]}
 * @param product the product being run
 * @param subject who the applicant claims to be; {@link Subject#ANONYMOUS} when nothing is claimed
 * @param documents one plain photo per configured page and the second front photos the config asks for, in any order
 * @param frames the selfie frames in capture order, at most {@link #MAX_FRAMES}
 * @param compareImages FACE_COMPARE's two photos, sides A and B in that order; empty for other products
 * @param config the product configuration
 * @param requestedAt when the caller received the request
 * @param challengeId the id of the liveness {@link Challenge} the selfie capture answers (well-formed,
 *     see {@link Challenge#id()}; only for products with selfie frames), or null when the request names
 *     none; the engine accepts each issued challenge once, before its expiry
 */
public record VerificationRequest(String transactionId, Product product, Subject subject,
    List<DocumentImage> documents, List<SelfieFrame> frames, List<CompareImage> compareImages, ProductConfig config,
    Instant requestedAt, String challengeId) {
  /** The most selfie frames one request may carry. */
  public static final int MAX_FRAMES = 64;
  private static final Pattern TRANSACTION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  /** Validates and copies; throws {@link InvalidRequestException} naming the bad field. */
  public VerificationRequest {
    Checks.nonNull(transactionId, "transactionId");
    if (!TRANSACTION_ID.matcher(transactionId).matches()) {
      throw new InvalidRequestException("transactionId", "value '" + Checks.echo(transactionId) + "' must match " + TRANSACTION_ID);
    }
    Checks.nonNull(product, "product");
    Checks.nonNull(subject, "subject");
    documents = copy(Checks.nonNull(documents, "documents"), "documents[]");
    frames = copy(Checks.nonNull(frames, "frames"), "frames[]");
    compareImages = copy(Checks.nonNull(compareImages, "compareImages"), "compareImages[]");
    Checks.nonNull(config, "config");
    Checks.nonNull(requestedAt, "requestedAt");
    checkChallengeId(product, challengeId);
    checkDocuments(product, documents, config, subject);
    checkFrames(product, frames);
    compareImages = checkCompareImages(product, compareImages);
  }

  /** The request naming no liveness challenge. */
  public VerificationRequest(String transactionId, Product product, Subject subject, List<DocumentImage> documents,
      List<SelfieFrame> frames, List<CompareImage> compareImages, ProductConfig config, Instant requestedAt) {
    this(transactionId, product, subject, documents, frames, compareImages, config, requestedAt, null);
  }

  /** The request without compare images, as every product but FACE_COMPARE has it. */
  public VerificationRequest(String transactionId, Product product, Subject subject, List<DocumentImage> documents,
      List<SelfieFrame> frames, ProductConfig config, Instant requestedAt) {
    this(transactionId, product, subject, documents, frames, List.of(), config, requestedAt);
  }

  private static void checkChallengeId(Product product, String challengeId) {
    if (challengeId == null) {
      return;
    }
    Challenge.checkId(challengeId, "challengeId");
    if (!product.usesFace()) {
      throw new InvalidRequestException("challengeId", product + " takes no selfie frames, so no liveness challenge");
    }
  }

  private static <T> List<T> copy(List<T> list, String field) {
    List<T> copy = new ArrayList<>(list.size());
    for (T item : list) {
      copy.add(Checks.nonNull(item, field));
    }
    return List.copyOf(copy);
  }

  private static void checkDocuments(Product product, List<DocumentImage> documents, ProductConfig config,
      Subject subject) {
    if (!product.usesDocument()) {
      if (!documents.isEmpty()) {
        throw new InvalidRequestException("documents", product + " takes no document photos, got " + documents.size());
      }
      return;
    }
    Set<Page> pages = EnumSet.noneOf(Page.class);
    Set<PhotoKind> frontKinds = EnumSet.noneOf(PhotoKind.class);
    for (DocumentImage document : documents) {
      if (document.kind() != PhotoKind.PLAIN && document.page() != Page.FRONT) {
        throw new InvalidRequestException("documents", article(document.kind()) + " photo is of the front page only, "
            + "got one of page " + document.page());
      }
      boolean first = document.kind() == PhotoKind.PLAIN ? pages.add(document.page()) : frontKinds.add(document.kind());
      if (!first) {
        throw new InvalidRequestException("documents", (document.kind() == PhotoKind.PLAIN ? "" : "the "
            + document.kind() + " photo of ") + "page " + document.page() + " is given twice");
      }
    }
    if (!pages.equals(config.pages())) {
      throw new InvalidRequestException("documents", "pages " + pages + " given, config.pages asks for "
          + config.pages());
    }
    checkFrontKinds(frontKinds, config);
    checkMultiAngleDocument(config, subject);
  }

  /** Checks the second photos of the front page against the flash check and the scan mode. */
  private static void checkFrontKinds(Set<PhotoKind> given, ProductConfig config) {
    for (PhotoKind kind : List.of(PhotoKind.FLASH, PhotoKind.ANGLED)) {
      String asker = kind == PhotoKind.FLASH ? "config.docFlashCheck=true" : "config.docScanMode=MULTI_ANGLE";
      String what = kind == PhotoKind.FLASH ? "taken with the flash, beside the plain one taken without"
          : "with the card inclined about 30 degrees, beside the plain one facing it";
      boolean asked = config.frontPhotoKinds().contains(kind);
      if (asked && !given.contains(kind)) {
        throw new InvalidRequestException("documents", asker + " asks for " + article(kind) + " photo of the front "
            + "page (" + what + "); none given");
      }
      if (!asked && given.contains(kind)) {
        String setting = kind == PhotoKind.FLASH ? "config.docFlashCheck is false"
            : "config.docScanMode is " + config.documentScanMode() + ", not MULTI_ANGLE";
        throw new InvalidRequestException("documents", article(kind) + " photo of the front page is given but "
            + setting + "; only " + asker + " takes one");
      }
    }
  }

  private static String article(PhotoKind kind) {
    return (kind == PhotoKind.ANGLED ? "an " : "a ") + kind;
  }

  private static void checkMultiAngleDocument(ProductConfig config, Subject subject) {
    DocumentType claimed = subject.documentType();
    if (config.documentScanMode() == DocScanMode.MULTI_ANGLE && claimed != null
        && !claimed.equals(DocumentType.HK_ID_CARD)) {
      throw new InvalidRequestException("subject.documentType", "config.docScanMode=MULTI_ANGLE is for Hong Kong "
          + "identity cards (" + DocumentType.HK_ID_CARD.code() + "); claimed: " + claimed.code());
    }
  }

  private static void checkFrames(Product product, List<SelfieFrame> frames) {
    if (!product.usesFace()) {
      if (!frames.isEmpty()) {
        throw new InvalidRequestException("frames", product + " takes no selfie frames, got " + frames.size());
      }
      return;
    }
    if (frames.isEmpty() || frames.size() > MAX_FRAMES) {
      throw new InvalidRequestException("frames", "has " + frames.size() + " frames; allowed: 1.." + MAX_FRAMES);
    }
  }

  /** Checks that exactly FACE_COMPARE carries one image of each side, and returns them in side order. */
  private static List<CompareImage> checkCompareImages(Product product, List<CompareImage> images) {
    if (!product.usesCompareImages()) {
      if (!images.isEmpty()) {
        throw new InvalidRequestException("compareImages", product + " takes no compare images, got " + images.size());
      }
      return images;
    }
    EnumMap<CompareImage.Side, CompareImage> bySide = new EnumMap<>(CompareImage.Side.class);
    for (CompareImage image : images) {
      if (bySide.putIfAbsent(image.side(), image) != null) {
        throw new InvalidRequestException("compareImages", "side " + image.side() + " is given twice");
      }
    }
    if (bySide.size() != CompareImage.Side.values().length) {
      throw new InvalidRequestException("compareImages", product + " takes one image of each side A and B, got "
          + bySide.keySet());
    }
    return List.copyOf(bySide.values());
  }

  /** Returns the id of the liveness challenge the request names, if it names one. */
  public Optional<String> findChallengeId() {
    return Optional.ofNullable(challengeId);
  }

  /** Returns the compare image of one side, or throws if the request has none (it is not a FACE_COMPARE). */
  public CompareImage compareImage(CompareImage.Side side) {
    for (CompareImage image : compareImages) {
      if (image.side() == side) {
        return image;
      }
    }
    throw new IllegalArgumentException("request " + transactionId + " has no compare image " + side);
  }

  /** Returns the plain photo of the given page, or throws if the request has none. */
  public DocumentImage document(Page page) {
    return document(page, PhotoKind.PLAIN);
  }

  /** Returns the photo of the given page and kind, or throws if the request has none. */
  public DocumentImage document(Page page, PhotoKind kind) {
    for (DocumentImage document : documents) {
      if (document.page() == page && document.kind() == kind) {
        return document;
      }
    }
    throw new IllegalArgumentException("request " + transactionId + " has no " + kind + " photo of page " + page);
  }

  /** Returns a builder; {@code subject} defaults to anonymous, lists to empty, config to the default. */
  public static Builder builder(String transactionId, Product product) {
    return new Builder(transactionId, product);
  }

  /** A mutable builder of {@link VerificationRequest}; validation happens in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private final String transactionId;
    private final Product product;
    private Subject subject = Subject.ANONYMOUS;
    private final List<DocumentImage> documents = new ArrayList<>();
    private final List<SelfieFrame> frames = new ArrayList<>();
    private final List<CompareImage> compareImages = new ArrayList<>();
    private ProductConfig config = ProductConfig.DEFAULT;
    private Instant requestedAt;
    private String challengeId;

    Builder(String transactionId, Product product) {
      this.transactionId = transactionId;
      this.product = product;
    }

    public Builder subject(Subject subject) {
      this.subject = subject;
      return this;
    }

    public Builder document(DocumentImage document) {
      documents.add(document);
      return this;
    }

    public Builder frame(SelfieFrame frame) {
      frames.add(frame);
      return this;
    }

    public Builder frames(List<SelfieFrame> frames) {
      this.frames.addAll(frames);
      return this;
    }

    /** Adds a FACE_COMPARE photo. */
    public Builder compareImage(CompareImage image) {
      compareImages.add(image);
      return this;
    }

    /** Adds FACE_COMPARE's two photos: {@code a} the probe, {@code b} the reference. */
    public Builder compare(byte[] a, byte[] b) {
      compareImages.add(new CompareImage(CompareImage.Side.A, a));
      compareImages.add(new CompareImage(CompareImage.Side.B, b));
      return this;
    }

    public Builder config(ProductConfig config) {
      this.config = config;
      return this;
    }

    public Builder requestedAt(Instant requestedAt) {
      this.requestedAt = requestedAt;
      return this;
    }

    /** Names the liveness challenge the capture answers, by its id; null names none. Checked in {@link #build()}. */
    public Builder challenge(String challengeId) {
      this.challengeId = challengeId;
      return this;
    }

    /** Names the liveness challenge the capture answers; null names none. */
    public Builder challenge(Challenge challenge) {
      this.challengeId = challenge == null ? null : challenge.id();
      return this;
    }

    public VerificationRequest build() {
      return new VerificationRequest(transactionId, product, subject, documents, frames, compareImages, config,
          requestedAt, challengeId);
    }
  }
}
