package org.kyc4j.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.codecs.hnsw.DefaultFlatVectorScorer;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.RandomAccessVectorValues;
import org.apache.lucene.util.hnsw.RandomVectorScorer;
import org.kyc4j.idn.internal.MatchSink;

/**
 * Lucene's HNSW graph used directly (HnswGraphBuilder, OnHeapHnswGraph, HnswGraphSearcher) on float
 * vectors with dot-product similarity: this measures the graph itself, without an IndexWriter's
 * segments and merges. A query collects the top {@code beamWidth} (so ef equals the beam width) and
 * keeps those at or above the threshold and inside the window.
 */
final class LuceneHnswSearcher implements FaceSearcher {
  private final int dimension;
  private final int beamWidth;
  private final List<float[]> vectors = new ArrayList<>();
  private final List<Long> times = new ArrayList<>();
  private final List<Integer> ids = new ArrayList<>();
  private final ListVectors values;
  private final HnswGraphBuilder builder;

  LuceneHnswSearcher(int dimension, int maxConnections, int beamWidth) {
    this.dimension = dimension;
    this.beamWidth = beamWidth;
    this.values = new ListVectors(vectors, dimension);
    try {
      builder = HnswGraphBuilder.create(DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorerSupplier(
          VectorSimilarityFunction.DOT_PRODUCT, values), maxConnections, beamWidth, 42L);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void add(int id, float[] unitVector, long epochSecond) {
    vectors.add(unitVector.clone());
    times.add(epochSecond);
    ids.add(id);
    try {
      builder.addGraphNode(vectors.size() - 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void search(float[] unitVector, float threshold, long from, long to, MatchSink sink) {
    try {
      RandomVectorScorer scorer = DefaultFlatVectorScorer.INSTANCE.getRandomVectorScorer(
          VectorSimilarityFunction.DOT_PRODUCT, values, unitVector);
      KnnCollector collector = HnswGraphSearcher.search(scorer, beamWidth, builder.getGraph(), null, Integer.MAX_VALUE);
      for (ScoreDoc hit : collector.topDocs().scoreDocs) {
        float similarity = 2 * hit.score - 1;
        long time = times.get(hit.doc);
        if (similarity >= threshold && time >= from && time <= to) {
          sink.accept(ids.get(hit.doc), similarity);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long bytesUsed() {
    return builder.getGraph().ramBytesUsed() + (long) vectors.size() * (16 + 4L * dimension + 8 + 24 + 16);
  }

  /** The growing list of vectors as Lucene's random-access view. */
  private record ListVectors(List<float[]> vectors, int dimension) implements RandomAccessVectorValues.Floats {
    @Override
    public int size() {
      return vectors.size();
    }

    @Override
    public float[] vectorValue(int ord) {
      return vectors.get(ord);
    }

    @Override
    public ListVectors copy() {
      return this;
    }
  }
}
