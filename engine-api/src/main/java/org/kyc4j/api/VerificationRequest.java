package org.kyc4j.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything one verification needs: ids, the product, the claimed subject, the encoded document
 * photos and selfie frames, the configuration and the request time. The constructor checks that
 * the product's parts are present and nothing else is: REAL_ID needs one photo per configured
 * page and at least one frame, FACE_CAPTURE frames only, ID_RECOGNITION photos only, FACE_COMPARE
 * exactly two frames. Immutable and thread-safe.
 *
 * @param transactionId the caller's id for this transaction, 1..128 of {@code [A-Za-z0-9._:-]}
 * @param product the product being run
 * @param subject who the applicant claims to be; {@link Subject#ANONYMOUS} when nothing is claimed
 * @param documents one photo per configured page, in any order
 * @param frames the selfie frames in capture order, at most {@link #MAX_FRAMES}
 * @param config the product configuration
 * @param requestedAt when the caller received the request
 */
public record VerificationRequest(String transactionId, Product product, Subject subject,
    List<DocumentImage> documents, List<SelfieFrame> frames, ProductConfig config, Instant requestedAt) {
  /** The most selfie frames one request may carry. */
  public static final int MAX_FRAMES = 64;
  private static final Pattern TRANSACTION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  /** Validates and copies; throws {@link InvalidRequestException} naming the bad field. */
  public VerificationRequest {
    Checks.nonNull(transactionId, "transactionId");
    if (!TRANSACTION_ID.matcher(transactionId).matches()) {
      throw new InvalidRequestException("transactionId", "value '" + transactionId + "' must match " + TRANSACTION_ID);
    }
    Checks.nonNull(product, "product");
    Checks.nonNull(subject, "subject");
    documents = copy(Checks.nonNull(documents, "documents"), "documents[]");
    frames = copy(Checks.nonNull(frames, "frames"), "frames[]");
    Checks.nonNull(config, "config");
    Checks.nonNull(requestedAt, "requestedAt");
    checkDocuments(product, documents, config);
    checkFrames(product, frames);
  }

  private static <T> List<T> copy(List<T> list, String field) {
    List<T> copy = new ArrayList<>(list.size());
    for (T item : list) {
      copy.add(Checks.nonNull(item, field));
    }
    return List.copyOf(copy);
  }

  private static void checkDocuments(Product product, List<DocumentImage> documents, ProductConfig config) {
    if (!product.usesDocument()) {
      if (!documents.isEmpty()) {
        throw new InvalidRequestException("documents", product + " takes no document photos, got " + documents.size());
      }
      return;
    }
    Set<Page> seen = EnumSet.noneOf(Page.class);
    for (DocumentImage document : documents) {
      if (!seen.add(document.page())) {
        throw new InvalidRequestException("documents", "page " + document.page() + " is given twice");
      }
    }
    if (!seen.equals(config.pages())) {
      throw new InvalidRequestException("documents", "pages " + seen + " given, config.pages asks for "
          + config.pages());
    }
  }

  private static void checkFrames(Product product, List<SelfieFrame> frames) {
    if (!product.usesFace()) {
      if (!frames.isEmpty()) {
        throw new InvalidRequestException("frames", product + " takes no selfie frames, got " + frames.size());
      }
      return;
    }
    if (product == Product.FACE_COMPARE && frames.size() != 2) {
      throw new InvalidRequestException("frames", "FACE_COMPARE takes exactly 2 images, got " + frames.size());
    }
    if (frames.isEmpty() || frames.size() > MAX_FRAMES) {
      throw new InvalidRequestException("frames", "has " + frames.size() + " frames; allowed: 1.." + MAX_FRAMES);
    }
  }

  /** Returns the photo of the given page, or throws if the request has none. */
  public DocumentImage document(Page page) {
    for (DocumentImage document : documents) {
      if (document.page() == page) {
        return document;
      }
    }
    throw new IllegalArgumentException("request " + transactionId + " has no photo of page " + page);
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
    private ProductConfig config = ProductConfig.DEFAULT;
    private Instant requestedAt;

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

    public Builder config(ProductConfig config) {
      this.config = config;
      return this;
    }

    public Builder requestedAt(Instant requestedAt) {
      this.requestedAt = requestedAt;
      return this;
    }

    public VerificationRequest build() {
      return new VerificationRequest(transactionId, product, subject, documents, frames, config, requestedAt);
    }
  }
}
