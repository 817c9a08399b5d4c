package org.kyc4j.document.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * Recognises MRZ text with Tesseract 5 (LSTM engine, whitelist {@code A-Z0-9<}). Tesseract handles
 * are not thread-safe, so each call borrows one from a pool and returns it; the recogniser itself
 * is thread-safe. {@link #close()} frees every handle. Not part of the API.
 */
public final class LineRecogniser implements AutoCloseable {
  /** Tesseract's page segmentation mode "a single uniform block of text". */
  public static final int BLOCK = 6;
  /** Tesseract's page segmentation mode "a single text line". */
  public static final int LINE = 7;

  private static final int LSTM_ONLY = 1;
  private final Path dataPath;
  private final ConcurrentLinkedQueue<TessBaseAPI> idle = new ConcurrentLinkedQueue<>();
  private final List<TessBaseAPI> all = new ArrayList<>();
  private volatile boolean closed;

  /** Creates a recogniser reading {@code eng.traineddata} from {@code dataPath}. */
  public LineRecogniser(Path dataPath) {
    this.dataPath = Objects.requireNonNull(dataPath, "dataPath");
  }

  /**
   * Returns the text Tesseract reads in a grey image (one byte a pixel, dark text on light paper),
   * lines separated by {@code '\n'}, spaces removed.
   *
   * @param segmentation {@link #BLOCK} or {@link #LINE}
   * @throws IllegalStateException if the recogniser is closed or Tesseract cannot start
   */
  public String read(byte[] grey, int width, int height, int segmentation) {
    if (grey.length != width * height) {
      throw new IllegalArgumentException("grey has " + grey.length + " bytes; expected width x height = "
          + width * height);
    }
    TessBaseAPI api = borrow();
    try {
      api.SetPageSegMode(segmentation);
      api.SetImage(grey, width, height, 1, width);
      api.SetSourceResolution(300);
      var text = api.GetUTF8Text();
      String result = text == null ? "" : text.getString();
      if (text != null) {
        text.deallocate();
      }
      api.Clear();
      return result.replace(" ", "");
    } finally {
      idle.add(api);
    }
  }

  private TessBaseAPI borrow() {
    if (closed) {
      throw new IllegalStateException("the MRZ recogniser is closed");
    }
    TessBaseAPI api = idle.poll();
    if (api != null) {
      return api;
    }
    api = new TessBaseAPI();
    if (api.Init(dataPath.toString(), "eng", LSTM_ONLY) != 0) {
      api.close();
      throw new IllegalStateException("Tesseract could not load eng.traineddata from " + dataPath);
    }
    api.SetVariable("tessedit_char_whitelist", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<");
    api.SetVariable("load_system_dawg", "0");
    api.SetVariable("load_freq_dawg", "0");
    synchronized (all) {
      all.add(api);
    }
    return api;
  }

  @Override
  public void close() {
    closed = true;
    synchronized (all) {
      for (TessBaseAPI api : all) {
        api.End();
        api.close();
      }
      all.clear();
    }
    idle.clear();
  }
}
