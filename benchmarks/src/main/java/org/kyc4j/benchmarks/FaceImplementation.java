package org.kyc4j.benchmarks;

import org.kyc4j.idn.internal.FaceIndex;
import org.kyc4j.idn.internal.FaceIndexes;
import org.kyc4j.idn.internal.MatchSink;

/**
 * The face-search implementations compared: ours ({@link FaceIndexes#create}), the exact int8 scan
 * ({@link FaceIndexes#exact}), and two HNSW graphs (Lucene's, hnswlib-java's) with M 16 and beam
 * width / ef 100. The graphs answer a threshold query as their top 100 filtered by the threshold.
 */
public enum FaceImplementation {
  KYC4J,
  EXACT_INT8,
  LUCENE_HNSW,
  HNSWLIB;

  /**
   * The largest size a graph peer is built at: their insert rate falls as the graph grows (about
   * 2,000-3,000 faces/s at 100,000 here), so a million would take well over 5 minutes each.
   */
  public static final int GRAPH_PEER_MAX_SIZE = 100_000;

  /** The system property that builds the graph peers at every size, however long it takes. */
  public static final String ALL_SIZES_PROPERTY = "kyc4j.bench.allSizes";

  /** Returns whether this is one of the graph peers. */
  public boolean graphPeer() {
    return this == LUCENE_HNSW || this == HNSWLIB;
  }

  /** Returns whether this implementation is measured at a size. */
  public boolean measuredAt(int size) {
    return !graphPeer() || size <= GRAPH_PEER_MAX_SIZE || Boolean.getBoolean(ALL_SIZES_PROPERTY);
  }

  /** Returns an empty searcher of a dimension, sized for {@code capacity} faces. */
  public FaceSearcher create(int dimension, int capacity) {
    return switch (this) {
      case KYC4J -> new IndexSearcher(FaceIndexes.create(dimension));
      case EXACT_INT8 -> new IndexSearcher(FaceIndexes.exact(dimension));
      case LUCENE_HNSW -> new LuceneHnswSearcher(dimension, 16, 100);
      case HNSWLIB -> new HnswlibSearcher(dimension, capacity, 16, 100);
    };
  }

  /** Adapts a kyc4j {@link FaceIndex}. */
  private record IndexSearcher(FaceIndex index) implements FaceSearcher {
    @Override
    public void add(int id, float[] unitVector, long epochSecond) {
      index.add(id, unitVector, epochSecond);
    }

    @Override
    public void search(float[] unitVector, float threshold, long from, long to, MatchSink sink) {
      index.search(unitVector, threshold, from, to, sink);
    }

    @Override
    public long bytesUsed() {
      return index.bytesUsed();
    }
  }
}
