package org.kyc4j.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kyc4j.api.Finding;
import org.kyc4j.api.Level;
import org.kyc4j.api.VerificationRequest;
import org.kyc4j.spi.Key;

/**
 * One observed detect call of the detector under test.
 *
 * @param request the request
 * @param level the level the context reported
 * @param now the instant the context reported when detect started
 * @param inputs the values of the required keys present when detect started
 * @param finding what detect returned, or null when it threw
 * @param thrown what detect threw, or null
 * @param read the keys detect read
 * @param written the keys detect wrote
 * @param violations reads and writes of undeclared keys, described
 */
record Observation(VerificationRequest request, Level level, Instant now, Map<Key<?>, Object> inputs,
    Finding finding, Throwable thrown, Set<Key<?>> read, Set<Key<?>> written, List<String> violations) {}
