/**
 * Document detectors of kyc4j: MRZ and ID-number validation, photo quality (blur, glare, exposure, occlusion),
 * locating the document and its authenticity (anti-spoofing). Also the
 * {@link org.kyc4j.document.IdNumberRule} extension point for national ID-number rules.
 */
module org.kyc4j.document {
  requires transitive org.kyc4j.api;
  // org.openpnp:opencv has no module descriptor or Automatic-Module-Name: its name comes from the
  // jar's file name, opencv-<version>.jar
  requires opencv;
  requires org.bytedeco.tesseract;

  exports org.kyc4j.document;

  uses org.kyc4j.document.IdNumberRule;

  provides org.kyc4j.spi.DetectorProvider with
      org.kyc4j.document.MrzDetectorProvider,
      org.kyc4j.document.IdNumberDetectorProvider,
      org.kyc4j.document.BlurDetectorProvider,
      org.kyc4j.document.ExposureDetectorProvider,
      org.kyc4j.document.GlareDetectorProvider,
      org.kyc4j.document.OcclusionDetectorProvider,
      org.kyc4j.document.DocumentLocateDetectorProvider,
      org.kyc4j.document.DocumentSpoofDetectorProvider;
}
