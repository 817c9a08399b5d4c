package org.kyc4j.idn.internal;

/** Receives the matches of a {@link FaceIndex#search}: the slot and its similarity to the query. */
@FunctionalInterface
public interface MatchSink {
  /** Accepts one match; called once per matching slot, on the searching thread. */
  void accept(int slot, float similarity);
}
