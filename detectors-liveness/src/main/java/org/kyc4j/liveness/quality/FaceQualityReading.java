package org.kyc4j.liveness.quality;

/**
 * Every face-quality measure of one face, as {@link FaceQualityMeasures} took it. A measure that could not
 * be taken (no mesh geometry, no background in the frame) is {@code NaN}. Angles are in degrees, sizes in
 * image pixels, luma on 0..255, the rest are ratios described in {@link FaceQualityPolicy}. Immutable.
 *
 * @param eyeDistance distance between the eye centres, pixels
 * @param faceWidth width of the face box, pixels
 * @param meshFaceScore the face mesh's face probability, 0..1
 * @param yaw |yaw|, degrees
 * @param pitchOffset |pitch - {@link FaceQualityPolicy#PITCH_BIAS}|, degrees
 * @param roll |roll|, degrees
 * @param lumaMean mean luma of the inner face, 0..255
 * @param darkClipped share of inner-face pixels at luma 16 or below, 0..1
 * @param brightClipped share of inner-face pixels at luma 245 or above, 0..1
 * @param sharpness blur-the-blur ratio of the inner face on a fixed 64 x 64 grid: RMS Laplacian over that after one more smoothing
 * @param eyeTexture mean gradient of the weaker eye region over that of the cheeks
 * @param eyeLuma mean luma of the darker eye region over that of the cheeks
 * @param mouthTexture mean gradient of the mouth region over that of the cheeks
 * @param background share of background cells beside and above the face with a gradient edge, 0..1
 * @param border the longer of the two opposite-side pairs' shorter straight edge around the face, in face widths
 */
public record FaceQualityReading(double eyeDistance, double faceWidth, double meshFaceScore, double yaw,
    double pitchOffset, double roll, double lumaMean, double darkClipped, double brightClipped, double sharpness,
    double eyeTexture, double eyeLuma, double mouthTexture, double background, double border) {}
