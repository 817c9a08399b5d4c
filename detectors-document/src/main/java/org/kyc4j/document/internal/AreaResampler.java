package org.kyc4j.document.internal;

/**
 * Shrinks one dimension by averaging each output cell over the input samples it covers, with
 * fractional weights at the cell edges. Immutable; not part of the API.
 */
final class AreaResampler {
  private final int[] first;
  private final float[][] weights;

  AreaResampler(int inputLength, int outputLength) {
    if (outputLength <= 0 || outputLength > inputLength) {
      throw new IllegalArgumentException("cannot shrink " + inputLength + " samples to " + outputLength);
    }
    first = new int[outputLength];
    weights = new float[outputLength][];
    double step = (double) inputLength / outputLength;
    for (int i = 0; i < outputLength; i++) {
      double start = i * step;
      double end = Math.min(inputLength, (i + 1) * step);
      int from = (int) Math.floor(start);
      int to = Math.min(inputLength, (int) Math.ceil(end));
      first[i] = from;
      weights[i] = new float[to - from];
      for (int j = from; j < to; j++) {
        weights[i][j - from] = (float) ((Math.min(end, j + 1) - Math.max(start, j)) / (end - start));
      }
    }
  }

  /** Resamples {@code in[inOffset + k * inStride]} into {@code out[outOffset + i * outStride]}. */
  void resample(float[] in, int inOffset, int inStride, float[] out, int outOffset, int outStride) {
    for (int i = 0; i < first.length; i++) {
      float[] w = weights[i];
      double sum = 0;
      int index = inOffset + first[i] * inStride;
      for (float weight : w) {
        sum += weight * in[index];
        index += inStride;
      }
      out[outOffset + i * outStride] = (float) sum;
    }
  }
}
