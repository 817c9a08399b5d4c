package org.kyc4j.models.internal;

import java.math.BigInteger;
import net.razorvine.pickle.PickleException;

/** Checked conversions of unpickled values (tuples arrive as {@code Object[]}, integers as Integer, Long or BigInteger). */
final class Pickled {
  private Pickled() {}

  /** The tuple {@code value}, or a failure naming {@code what}. */
  static Object[] tuple(Object value, String what) {
    if (value instanceof Object[] tuple) {
      return tuple;
    }
    throw new PickleException(what + " is " + describe(value) + "; expected a tuple");
  }

  /** The integer {@code value} as a long, or a failure naming {@code what}. */
  static long integer(Object value, String what) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    throw new PickleException(what + " is " + describe(value) + "; expected an integer");
  }

  /** A tuple of integers as longs. */
  static long[] longs(Object value, String what) {
    Object[] tuple = tuple(value, what);
    long[] out = new long[tuple.length];
    for (int i = 0; i < tuple.length; i++) {
      out[i] = integer(tuple[i], what + "[" + i + "]");
    }
    return out;
  }

  /** The class and a short rendering of {@code value}, for messages. */
  static String describe(Object value) {
    if (value == null) {
      return "None";
    }
    String text = String.valueOf(value);
    return value.getClass().getSimpleName() + " "
        + (text.length() > 60 ? text.substring(0, 60) + "..." : text);
  }
}
