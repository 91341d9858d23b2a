package org.laborbridge.shared.identity;

import java.util.regex.Pattern;
import org.laborbridge.shared.privacy.Masking;
import org.laborbridge.shared.problem.InvalidValue;

/**
 * A worker's mainland mobile number, the channel job pushes go to; kept as 11 digits.
 *
 * <p>Accepted as written on forms: {@code 13812345678}, {@code +8613812345678} or
 * {@code +86 13812345678} (one space). Other separators are refused rather than guessed at.
 * Personal data: {@link #toString()} is masked.
 */
public record MobileNumber(String value) {

  public static final String FIELD = "mobile";

  private static final Pattern WRITTEN = Pattern.compile("(?:\\+86 ?)?(1[3-9][0-9]{9})");

  /** Normalises to the 11 digits, so stored numbers compare equal however they were typed. */
  public MobileNumber {
    if (value == null || value.isEmpty()) {
      throw new InvalidValue(FIELD, "is required");
    }
    var matcher = WRITTEN.matcher(value);
    if (!matcher.matches()) {
      throw new InvalidValue(FIELD, "must be 11 digits starting 13 to 19, optionally after +86");
    }
    value = matcher.group(1);
  }

  public static MobileNumber parse(String text) {
    return new MobileNumber(text);
  }

  /** {@code +8613812345678}, for SMS gateways that want the international form. */
  public String international() {
    return "+86" + value;
  }

  /** {@code 138****5678}. */
  public String masked() {
    return Masking.phone(value);
  }

  @Override
  public String toString() {
    return masked();
  }
}
