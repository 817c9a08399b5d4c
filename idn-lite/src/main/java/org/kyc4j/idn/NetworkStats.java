package org.kyc4j.idn;

/**
 * What an identity network holds, for monitoring its memory. Immutable.
 *
 * @param records the number of records
 * @param faces the number of faces in the face index
 * @param backgrounds the number of background signatures
 * @param internedStrings the number of distinct strings interned (field values and normalised keys)
 * @param indexEntries the entries of the ID number, user id and person indexes together
 * @param faceIndexBytes the face index's estimate of the heap it holds
 * @param evicted the records evicted (or dropped) so far to stay within the maximum record count
 */
public record NetworkStats(int records, int faces, int backgrounds, int internedStrings, long indexEntries,
    long faceIndexBytes, long evicted) {}
