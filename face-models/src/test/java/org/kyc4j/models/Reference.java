package org.kyc4j.models;

/** A plain, slow convolution in TensorFlow's layout and padding rules, for the op tests. */
final class Reference {
  private Reference() {}

  /**
   * Convolves NHWC {@code x} (batch 1) with filter [k, k, cin, m]: a full convolution with m output
   * channels, or a depthwise one with cin * m outputs (channel c * m + j); adds bias, optional relu.
   */
  static float[] conv(float[] x, int h, int w, int cin, float[] filter, int k, int m, int s,
      boolean same, boolean depthwise, float[] bias, boolean relu) {
    int oh = same ? (h + s - 1) / s : (h - k) / s + 1;
    int ow = same ? (w + s - 1) / s : (w - k) / s + 1;
    int top = same ? Math.max((oh - 1) * s + k - h, 0) / 2 : 0;
    int left = same ? Math.max((ow - 1) * s + k - w, 0) / 2 : 0;
    int cout = depthwise ? cin * m : m;
    float[] out = new float[oh * ow * cout];
    for (int oy = 0; oy < oh; oy++) {
      for (int ox = 0; ox < ow; ox++) {
        for (int o = 0; o < cout; o++) {
          double sum = bias[o];
          for (int ky = 0; ky < k; ky++) {
            for (int kx = 0; kx < k; kx++) {
              int iy = oy * s + ky - top;
              int ix = ox * s + kx - left;
              if (iy < 0 || ix < 0 || iy >= h || ix >= w) {
                continue;
              }
              int base = (iy * w + ix) * cin;
              if (depthwise) {
                int c = o / m;
                sum += x[base + c] * filter[((ky * k + kx) * cin + c) * m + o % m];
              } else {
                for (int c = 0; c < cin; c++) {
                  sum += x[base + c] * filter[((ky * k + kx) * cin + c) * m + o];
                }
              }
            }
          }
          out[(oy * ow + ox) * cout + o] = (float) (relu ? Math.max(0, sum) : sum);
        }
      }
    }
    return out;
  }
}
