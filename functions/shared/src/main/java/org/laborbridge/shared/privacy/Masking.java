package org.laborbridge.shared.privacy;

/** The programme's one way of showing personal identifiers: enough to recognise, not to reuse. */
public final class Masking {

  private static final int IDENTITY_LENGTH = 18;
  private static final int MOBILE_LENGTH = 11;

  private Masking() {}

  /** {@code 11010519491231002X} becomes {@code 110105********002X}. */
  public static String identity(String identityNumber) {
    return keepEnds(identityNumber, IDENTITY_LENGTH, 6, 4);
  }

  /** {@code 13812345678} becomes {@code 138****5678}. */
  public static String phone(String mobileNumber) {
    return keepEnds(mobileNumber, MOBILE_LENGTH, 3, 4);
  }

  // Anything of an unexpected length is hidden whole: we cannot tell which part is safe to show.
  private static String keepEnds(String value, int expectedLength, int head, int tail) {
    if (value == null) {
      return null;
    }
    if (value.length() != expectedLength) {
      return "*".repeat(value.length());
    }
    return value.substring(0, head)
        + "*".repeat(expectedLength - head - tail)
        + value.substring(expectedLength - tail);
  }
}
