package org.kyc4j.benchmarks;

import com.github.jelmerk.hnswlib.core.DistanceFunctions;
import com.github.jelmerk.hnswlib.core.Item;
import com.github.jelmerk.hnswlib.core.SearchResult;
import com.github.jelmerk.hnswlib.core.hnsw.HnswIndex;
import java.util.Arrays;
import org.kyc4j.idn.internal.MatchSink;

/**
 * hnswlib-java's HNSW index on float vectors with inner-product distance ({@code 1 - dot}), M and
 * ef as given (ef also at construction). A query asks for the top ef and keeps those at or above
 * the threshold and inside the window. It does not account its memory.
 */
final class HnswlibSearcher implements FaceSearcher {
  private final int ef;
  private final HnswIndex<Integer, float[], Face, Float> index;
  private long[] times = new long[1024];

  HnswlibSearcher(int dimension, int capacity, int m, int ef) {
    this.ef = ef;
    this.index = HnswIndex.newBuilder(dimension, DistanceFunctions.FLOAT_INNER_PRODUCT, Math.max(16, capacity))
        .withM(m).withEf(ef).withEfConstruction(ef).build();
  }

  @Override
  public void add(int id, float[] unitVector, long epochSecond) {
    if (id >= times.length) {
      times = Arrays.copyOf(times, Math.max(id + 1, times.length * 2));
    }
    times[id] = epochSecond;
    if (index.size() == index.getMaxItemCount()) {
      index.resize(index.getMaxItemCount() * 2);
    }
    index.add(new Face(id, unitVector.clone()));
  }

  @Override
  public void search(float[] unitVector, float threshold, long from, long to, MatchSink sink) {
    for (SearchResult<Face, Float> hit : index.findNearest(unitVector, ef)) {
      float similarity = 1 - hit.distance();
      long time = times[hit.item().id()];
      if (similarity >= threshold && time >= from && time <= to) {
        sink.accept(hit.item().id(), similarity);
      }
    }
  }

  @Override
  public long bytesUsed() {
    return -1;
  }

  /** One stored face. */
  record Face(Integer id, float[] vector) implements Item<Integer, float[]> {
    @Override
    public int dimensions() {
      return vector.length;
    }
  }
}
