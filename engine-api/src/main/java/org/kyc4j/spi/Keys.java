package org.kyc4j.spi;

import org.kyc4j.api.Artefacts;
import org.kyc4j.api.Challenge;
import org.kyc4j.api.ImageArtefact;
import org.kyc4j.api.ProductConfig;
import org.kyc4j.api.VerificationRequest;

/**
 * The keys the engine itself puts on the board (inputs) and reads from it (artefacts). Plugins
 * define their own keys in their own modules or, when several modules share one, here.
 */
public final class Keys {
  /** The request being verified; always present. */
  public static final Key<VerificationRequest> REQUEST = Key.of("request", VerificationRequest.class);
  /** The request's configuration; always present. */
  public static final Key<ProductConfig> CONFIG = Key.of("config", ProductConfig.class);
  /** Every image of the request, decoded once; always present. */
  public static final Key<DecodedImages> IMAGES = Key.of("images", DecodedImages.class);
  /**
   * The liveness challenge the request named, consumed by the engine: the actions asked, in the order
   * asked, which win over the config's. Present only when the request names a challenge; without one,
   * action detectors check the config's {@link ProductConfig#actions()} in the order listed. Declare it
   * among a detector's used keys and read it with {@code find}.
   */
  public static final Key<Challenge> CHALLENGE = Key.of("challenge", Challenge.class);
  /** The best selfie face, cropped and encoded; copied into {@link Artefacts#croppedFace()}. */
  public static final Key<ImageArtefact> CROPPED_FACE = Key.of("artefact.croppedFace", ImageArtefact.class);
  /** Frames with closed eyes; copied into {@link Artefacts#closedEyeFrames()}. */
  public static final Key<ImageArtefactList> CLOSED_EYE_FRAMES = Key.of("artefact.closedEyeFrames",
      ImageArtefactList.class);
  /**
   * The document pages located and rectified; provided by the document locator, read by every later
   * document detector (quality, MRZ, anti-spoofing) and by the portrait search.
   */
  public static final Key<DocumentCards> DOCUMENT_CARDS = Key.of("document.cards", DocumentCards.class);
  /** The front page's rectified document, encoded; copied into {@link Artefacts#croppedDocument()}. */
  public static final Key<ImageArtefact> CROPPED_DOCUMENT = Key.of("artefact.croppedDocument", ImageArtefact.class);
  /** Fields read from the document, named as {@link DocumentFields} lists; copied into {@link Artefacts#documentFields()}. */
  public static final Key<DocumentFields> DOCUMENT_FIELDS = Key.of("artefact.documentFields", DocumentFields.class);

  /** The descriptor of the applicant's best selfie face; provided by a face module. */
  public static final Key<FaceEmbedding> SELFIE_EMBEDDING = Key.of("face.selfie.embedding", FaceEmbedding.class);
  /** The descriptor of the portrait printed on the document; provided by a face module. */
  public static final Key<FaceEmbedding> PORTRAIT_EMBEDDING = Key.of("face.portrait.embedding", FaceEmbedding.class);
  /**
   * The faces of every selfie frame (boxes, landmarks, eye, mouth and head-pose geometry), the best
   * frame and the descriptor model; provided by a face module for liveness, quality and risk detectors.
   */
  public static final Key<SelfieFaces> SELFIE_FACES = Key.of("face.selfie.frames", SelfieFaces.class);
  /**
   * The faces found on the document's front page (the portrait is the subject: its box, landmarks and
   * geometry), in pixels of the rectified front card when one was located and shows the portrait, else
   * of the whole front photo (the portrait finding's {@code portraitSource} evidence says which);
   * provided by a face module for document and risk detectors.
   */
  public static final Key<FrameFaces> PORTRAIT_FACES = Key.of("face.portrait.faces", FrameFaces.class);
  /** The descriptor of FACE_COMPARE's image A (the probe); provided by a face module. */
  public static final Key<FaceEmbedding> COMPARE_A_EMBEDDING = Key.of("face.compare.a.embedding", FaceEmbedding.class);
  /** The descriptor of FACE_COMPARE's image B (the reference); provided by a face module. */
  public static final Key<FaceEmbedding> COMPARE_B_EMBEDDING = Key.of("face.compare.b.embedding", FaceEmbedding.class);
  /** Where the applicant's face lies in the best selfie frame; provided by a face module. */
  public static final Key<FaceRegion> SELFIE_FACE = Key.of("face.selfie.region", FaceRegion.class);

  private Keys() {}
}
