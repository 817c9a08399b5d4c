package org.kyc4j.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Tesseract's {@code eng} LSTM language data, packed in this jar by the build
 * (tools/models/ocr-models.lock, SHA-256-checked) and unpacked at run time into a private
 * temporary directory that serves as Tesseract's datapath. Nothing is downloaded at run time. Not
 * part of the API.
 */
public final class TessData {
  /** The class-path resource the build packs. */
  static final String RESOURCE = "eng.traineddata.gz";

  private TessData() {}

  /**
   * Unpacks the language data into a new temporary directory (deleted when the JVM exits) and returns
   * that directory, or empty when the jar carries no language data.
   *
   * @throws UncheckedIOException if the data is present but cannot be unpacked
   */
  public static Optional<Path> unpack() {
    try (InputStream packed = TessData.class.getResourceAsStream(RESOURCE)) {
      if (packed == null) {
        return Optional.empty();
      }
      Path dir = Files.createTempDirectory("kyc4j-tessdata");
      Path file = dir.resolve("eng.traineddata");
      try (InputStream data = new GZIPInputStream(packed)) {
        Files.copy(data, file, StandardCopyOption.REPLACE_EXISTING);
      }
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return Optional.of(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack Tesseract's eng language data (" + RESOURCE + ")", e);
    }
  }
}
