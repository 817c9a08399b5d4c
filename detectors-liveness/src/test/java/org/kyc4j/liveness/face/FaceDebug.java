package org.kyc4j.liveness.face;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kyc4j.api.RgbImage;
import org.kyc4j.spi.FaceBox;
import org.kyc4j.spi.FaceLandmarks;

/**
 * Debug driver of the face geometry, for looking at chips before the model runners are wired: each
 * step reads raw little-endian float32 model outputs written by any runner (file names are the model's
 * output names) and writes the next model's input and PNGs under the folder given (default
 * {@code target/face-debug}).
 * <pre>
 *   FaceDebug detect-input PHOTO DIR   writes DIR/blazeface-input.f32 (1x256x256x3)
 *   FaceDebug mesh-input PHOTO DIR     reads DIR/Identity*.f32, writes DIR/facemesh-input.f32, DIR/mesh-crop.png
 *   FaceDebug chip PHOTO DIR           reads DIR/mesh.f32 (1404) and DIR/faceflag.f32, writes DIR/chip.png, chip-mirror.png
 * </pre>
 */
public final class FaceDebug {
  private FaceDebug() {}

  public static void main(String[] args) throws IOException {
    RgbImage image = ChipPng.read(Path.of(args[1]));
    Path dir = Path.of(args.length > 2 ? args[2] : "target/face-debug");
    Files.createDirectories(dir);
    switch (args[0]) {
      case "detect-input" -> write(dir.resolve("blazeface-input.f32"),
          BlazeFaceDecoder.input(image, BlazeFaceDecoder.letterbox(image)));
      case "mesh-input" -> meshInput(image, dir);
      case "chip" -> chip(image, dir);
      default -> throw new IllegalArgumentException("unknown step " + args[0]);
    }
  }

  private static MeshCrop subjectCrop(RgbImage image, Path dir) throws IOException {
    List<FaceBox> faces = new BlazeFaceDecoder().decode(read(dir.resolve("Identity_2.f32")),
        read(dir.resolve("Identity.f32")), read(dir.resolve("Identity_3.f32")), read(dir.resolve("Identity_1.f32")),
        BlazeFaceDecoder.letterbox(image));
    faces.forEach(System.out::println);
    SubjectChoice.Result result = SubjectChoice.defaults().choose(faces, image.width(), image.height());
    System.out.println(result.verdict() + " subject " + result.subject());
    if (result.subject() == null) {
      throw new IllegalStateException("no face in " + dir);
    }
    MeshCrop crop = MeshCrop.of(result.subject());
    System.out.println(crop);
    return crop;
  }

  private static void meshInput(RgbImage image, Path dir) throws IOException {
    MeshCrop crop = subjectCrop(image, dir);
    float[] input = crop.input(image);
    write(dir.resolve("facemesh-input.f32"), input);
    byte[] rgb = new byte[input.length];
    for (int i = 0; i < input.length; i++) {
      rgb[i] = (byte) Math.round(input[i] * 255);
    }
    ChipPng.save(rgb, MeshCrop.SIZE, MeshCrop.SIZE, dir.resolve("mesh-crop.png"));
  }

  private static void chip(RgbImage image, Path dir) throws IOException {
    MeshCrop crop = subjectCrop(image, dir);
    FaceLandmarks mesh = crop.landmarks(read(dir.resolve("mesh.f32")), read(dir.resolve("faceflag.f32"))[0]);
    System.out.println(mesh + "\n" + FaceMeasures.of(mesh));
    byte[] chip = FaceChip.extract(image, mesh);
    ChipPng.save(chip, FaceChip.SIZE, FaceChip.SIZE, dir.resolve("chip.png"));
    ChipPng.save(FaceChip.mirror(chip), FaceChip.SIZE, FaceChip.SIZE, dir.resolve("chip-mirror.png"));
  }

  static float[] read(Path file) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    float[] values = new float[bytes.remaining() / 4];
    bytes.asFloatBuffer().get(values);
    return values;
  }

  static void write(Path file, float[] values) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(values);
    Files.write(file, bytes.array());
  }
}
