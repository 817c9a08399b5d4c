package org.kyc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;
import org.kyc4j.core.internal.ImageRejectedException.Kind;

/** How reader exceptions and warnings map to rejection kinds, including failures hard to provoke with real data. */
class DecodeFailuresTest {
  @Test
  void endOfDataAnywhereInTheCauseChainIsTruncation() {
    IIOException failure = new IIOException("Error reading PNG image data", new EOFException("Unexpected end of ZLIB"));
    ImageRejectedException rejection = DecodeFailures.classify(ImageFormat.PNG, failure);
    assertThat(rejection.kind()).isEqualTo(Kind.TRUNCATED);
    assertThat(rejection.getMessage()).contains("PNG", "EOFException", "Unexpected end of ZLIB");
    assertThat(rejection.getCause()).isSameAs(failure);
    assertThat(DecodeFailures.classify(ImageFormat.WEBP,
        new ByteArrayImageStream.DataExhaustedException("read past the end")).kind()).isEqualTo(Kind.TRUNCATED);
  }

  @Test
  void variantsTheReaderDoesNotImplementAreUnsupported() {
    ImageRejectedException rejection = DecodeFailures.classify(ImageFormat.WEBP,
        new IIOException("Uncompressed WebP alpha not implemented"));
    assertThat(rejection.kind()).isEqualTo(Kind.UNSUPPORTED_FORMAT);
    assertThat(rejection.getMessage()).contains("WebP", "not implemented", "supported: JPEG, PNG, WebP, GIF, BMP");
    assertThat(DecodeFailures.classify(ImageFormat.GIF, new UnsupportedOperationException()).kind())
        .isEqualTo(Kind.UNSUPPORTED_FORMAT);
  }

  @Test
  void anyOtherFailureIsCorruption() {
    assertThat(DecodeFailures.classify(ImageFormat.JPEG, new ArrayIndexOutOfBoundsException(7)).kind())
        .isEqualTo(Kind.CORRUPT);
    assertThat(DecodeFailures.classify(ImageFormat.WEBP, new IllegalArgumentException("Bad input: Not an Intra frame"))
        .getMessage()).contains("WebP data is not a valid image", "Not an Intra frame");
  }

  @Test
  void survivesACauseCycle() {
    IIOException first = new IIOException("first");
    IIOException second = new IIOException("second", first);
    first.initCause(second);
    assertThat(DecodeFailures.classify(ImageFormat.BMP, first).kind()).isEqualTo(Kind.CORRUPT);
  }

  @Test
  void damageWarningsAreCutOrCorruptDataButExtraneousBytesAreTolerated() {
    assertThat(DecodeFailures.isDamage("Corrupt JPEG data: premature end of data segment")).isTrue();
    assertThat(DecodeFailures.isTruncation("Corrupt JPEG data: premature end of data segment")).isTrue();
    assertThat(DecodeFailures.isDamage("Corrupt JPEG data: bad Huffman code")).isTrue();
    assertThat(DecodeFailures.isTruncation("Corrupt JPEG data: bad Huffman code")).isFalse();
    assertThat(DecodeFailures.isDamage("Corrupt JPEG data: 1 extraneous bytes before marker 0xd9")).isFalse();
    assertThat(DecodeFailures.isDamage("ICC profile is Perceptual, ignoring, treating as Display class")).isFalse();
  }
}
