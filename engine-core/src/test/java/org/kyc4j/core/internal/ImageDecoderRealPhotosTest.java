package org.kyc4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kyc4j.api.RgbImage;
import org.kyc4j.testdata.DataSet;
import org.kyc4j.testing.DataSets;

/** Real photos nobody on the project made (see SOURCES.md in the data folder) decode like the JDK decodes them. */
class ImageDecoderRealPhotosTest {
  private final ImageDecoder decoder = new ImageDecoder(40_000_000, 30 << 20);

  @ParameterizedTest
  @CsvSource({"LFW_FACES, images", "ID_DOCUMENTS_MRZ, images", "SELFIE_LIVENESS_PAIRS, ''"})
  void decodesEveryPhotoOfTheSet(DataSet set, String subfolder) throws Exception {
    Path folder = DataSets.require(set).resolve(subfolder);
    List<Path> photos;
    try (Stream<Path> files = Files.walk(folder)) {
      photos = files.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)$")).sorted()
          .collect(Collectors.toList());
    }
    assertThat(photos).as("photos in " + folder).isNotEmpty();
    int compared = 0;
    for (Path photo : photos) {
      byte[] bytes = Files.readAllBytes(photo);
      RgbImage image = decoder.decode(bytes);
      BufferedImage reference = ImageIO.read(new ByteArrayInputStream(bytes));
      int orientation = bytes[0] == (byte) 0xFF ? JpegStructure.read(bytes, Integer.MAX_VALUE).orientation() : 1;
      boolean swapped = orientation >= 5;
      assertThat(image.width()).as(photo.toString()).isEqualTo(swapped ? reference.getHeight() : reference.getWidth());
      assertThat(image.height()).as(photo.toString()).isEqualTo(swapped ? reference.getWidth() : reference.getHeight());
      if (orientation == 1 && reference.getType() == BufferedImage.TYPE_3BYTE_BGR) {
        assertThat(meanAbsoluteDifference(image, reference)).as(photo.toString()).isLessThan(1.0);
        compared++;
      }
    }
    System.out.println(set + ": decoded " + photos.size() + " photos, compared " + compared + " pixel by pixel");
  }

  private static double meanAbsoluteDifference(RgbImage image, BufferedImage reference) {
    long sum = 0;
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < image.width(); x++) {
        int a = image.rgb(x, y);
        int b = reference.getRGB(x, y);
        for (int shift = 0; shift <= 16; shift += 8) {
          sum += Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
        }
      }
    }
    return sum / (3.0 * image.pixelCount());
  }
}
