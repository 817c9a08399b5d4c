package org.kyc4j.core.internal;

import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;

/**
 * Aborts an ImageIO read once the decode deadline has passed. Readers report progress as they
 * deliver rows, so a long decode stops within a few rows; the aborted read returns early and the
 * decoder then rejects the image as TOO_COSTLY. One per read; not thread-safe.
 */
final class DeadlineWatch implements IIOReadProgressListener {
  private final DecodeDeadline deadline;

  DeadlineWatch(DecodeDeadline deadline) {
    this.deadline = deadline;
  }

  @Override
  public void imageProgress(ImageReader source, float percentageDone) {
    if (deadline.passed()) {
      source.abort();
    }
  }

  @Override
  public void sequenceStarted(ImageReader source, int minIndex) {}

  @Override
  public void sequenceComplete(ImageReader source) {}

  @Override
  public void imageStarted(ImageReader source, int imageIndex) {}

  @Override
  public void imageComplete(ImageReader source) {}

  @Override
  public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {}

  @Override
  public void thumbnailProgress(ImageReader source, float percentageDone) {}

  @Override
  public void thumbnailComplete(ImageReader source) {}

  @Override
  public void readAborted(ImageReader source) {}
}
