/**
 * Face and liveness detectors of kyc4j: face detection, landmarks, descriptors and face match on
 * the models of {@code org.kyc4j.models} (DJL, PyTorch engine, offline), passive anti-spoofing
 * (MiniFASNet, weights from a folder the user names), action liveness, the model-free
 * anti-injection detector and face quality ({@code org.kyc4j.liveness.quality}, pure Java).
 */
module org.kyc4j.liveness {
  requires transitive org.kyc4j.api;
  requires org.kyc4j.models;
  requires java.desktop;

  exports org.kyc4j.liveness.face;
  exports org.kyc4j.liveness.passive;
  exports org.kyc4j.liveness.quality;

  provides org.kyc4j.spi.DetectorProvider with
      org.kyc4j.liveness.AntiInjectionProvider,
      org.kyc4j.liveness.action.ActionProvider,
      org.kyc4j.liveness.face.FaceSelfieProvider,
      org.kyc4j.liveness.face.FacePortraitProvider,
      org.kyc4j.liveness.face.FaceMatchProvider,
      org.kyc4j.liveness.face.FaceCompareProvider,
      org.kyc4j.liveness.face.FaceCompareReaderProvider.A,
      org.kyc4j.liveness.face.FaceCompareReaderProvider.B,
      org.kyc4j.liveness.passive.PassiveLivenessProvider,
      org.kyc4j.liveness.quality.FaceQualityProvider;
}
