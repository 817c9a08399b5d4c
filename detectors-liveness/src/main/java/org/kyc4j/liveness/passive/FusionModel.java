package org.kyc4j.liveness.passive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The fused score: two logistic regressions read from the versioned resource {@code passive-fusion.properties}
 * (fitted by {@code PassiveFusionFit} on the dev sets, provenance in the file). The one-frame model maps the
 * frame cues the resource names ({@code one.features}, from {@link #CUES}) to a logit; the two-frame model maps the lowest one-frame
 * logit of a capture and the log parallax residual to a logit. Immutable and thread-safe.
 */
final class FusionModel {
  /** The resource beside this class. */
  static final String RESOURCE = "passive-fusion.properties";
  /** Every cue measured on a frame, in the order of {@link #cues}; the resource names the subset it uses. */
  static final List<String> CUES = List.of("texture_logit", "v2_logit", "v1se_logit", "moire", "halftone",
      "high_frequency", "surround_moire", "frame_moire", "saturation");
  /** Features of the two-frame model, in order. */
  static final List<String> TWO_FRAME = List.of("one_frame_logit", "log_parallax_residual");

  private final int[] features;
  private final double[] one;
  private final double[] two;
  private final String version;

  /**
   * A model using the cues named {@code features} (a subset of {@link #CUES}) with coefficients {@code one}
   * and {@code two} (intercept first).
   */
  FusionModel(List<String> features, double[] one, double[] two, String version) {
    this.features = new int[features.size()];
    for (int i = 0; i < features.size(); i++) {
      this.features[i] = CUES.indexOf(features.get(i));
      if (this.features[i] < 0) {
        throw new IllegalArgumentException("one.features names " + features.get(i) + ", allowed: " + CUES);
      }
    }
    if (one.length != features.size() + 1 || two.length != TWO_FRAME.size() + 1) {
      throw new IllegalArgumentException("coefficients: one-frame needs " + (features.size() + 1) + " and two-frame "
          + (TWO_FRAME.size() + 1) + " (intercept first), got " + one.length + " and " + two.length);
    }
    for (double v : concat(one, two)) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("coefficients must be finite, got " + Arrays.toString(concat(one, two)));
      }
    }
    this.one = one.clone();
    this.two = two.clone();
    this.version = Objects.requireNonNull(version, "version");
  }

  /** Reads the shipped coefficients. */
  static FusionModel shipped() {
    try (InputStream in = FusionModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + RESOURCE + " is missing from the class path");
      }
      Properties p = new Properties();
      p.load(in);
      List<String> features = List.of(p.getProperty("one.features", "").strip().split("\\s*,\\s*"));
      return new FusionModel(features, read(p, "one", features), read(p, "two", TWO_FRAME),
          p.getProperty("version", "?"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double[] read(Properties p, String model, List<String> names) {
    double[] out = new double[names.size() + 1];
    out[0] = number(p, model + ".intercept");
    for (int i = 0; i < names.size(); i++) {
      out[i + 1] = number(p, model + ".weight." + names.get(i));
    }
    return out;
  }

  private static double number(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(RESOURCE + " has no " + key);
    }
    return Double.parseDouble(value.strip());
  }

  /** Every cue of one frame, in {@link #CUES} order. */
  static double[] cues(TextureScore texture, SpectralCue.Spectrum s, double saturation) {
    return new double[] {textureLogit(texture.real()), textureLogit(texture.v2()), textureLogit(texture.v1se()),
        s.moire(), s.halftone(), s.highFrequency(), s.surroundMoire(), s.frameMoire(), saturation};
  }

  /** The one-frame logit of a frame's cues (in {@link #CUES} order). */
  double oneFrameLogit(double[] cues) {
    double[] x = new double[features.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = cues[features[i]];
    }
    return linear(one, x);
  }

  /** The cues the one-frame model uses. */
  List<String> features() {
    List<String> out = new java.util.ArrayList<>();
    for (int f : features) {
      out.add(CUES.get(f));
    }
    return out;
  }

  /** The two-frame logit of a capture's lowest one-frame logit and its parallax residual. */
  double twoFrameLogit(double oneFrameLogit, double parallaxResidual) {
    return linear(two, new double[] {oneFrameLogit, logResidual(parallaxResidual)});
  }

  /** The version the resource names. */
  String version() {
    return version;
  }

  /** The texture feature: logit of P(real), clamped to [1e-4, 1 - 1e-4]. */
  static double textureLogit(double pReal) {
    double p = Math.max(1e-4, Math.min(1 - 1e-4, pReal));
    return Math.log(p / (1 - p));
  }

  /** The parallax feature: ln of the residual, floored at 1e-4. */
  static double logResidual(double residual) {
    return Math.log(Math.max(1e-4, residual));
  }

  /** The logistic function. */
  static double probability(double logit) {
    return 1 / (1 + Math.exp(-logit));
  }

  private static double linear(double[] w, double[] x) {
    if (x.length != w.length - 1) {
      throw new IllegalArgumentException("expected " + (w.length - 1) + " features, got " + x.length);
    }
    double s = w[0];
    for (int i = 0; i < x.length; i++) {
      s += w[i + 1] * x[i];
    }
    return s;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
