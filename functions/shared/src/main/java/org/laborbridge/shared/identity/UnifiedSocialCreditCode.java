package org.laborbridge.shared.identity;

import java.util.Locale;
import org.laborbridge.shared.problem.InvalidValue;

/**
 * The 18-character unified social credit code (GB 32100) of an employer, HR service agency,
 * labor service company or labor cooperative.
 *
 * <p>Public business registration data, so unlike a person's identifiers it is shown in full.
 */
public record UnifiedSocialCreditCode(String value) {

  public static final String FIELD = "creditCode";

  private static final int LENGTH = 18;
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS =
      {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  public UnifiedSocialCreditCode {
    if (value == null || value.isEmpty()) {
      throw invalid("is required");
    }
    if (value.length() != LENGTH) {
      throw invalid("must be 18 characters");
    }
    if (!value.equals(value.toUpperCase(Locale.ROOT))) {
      throw invalid("must be upper case");
    }
    for (int i = 0; i < LENGTH; i++) {
      if (ALPHABET.indexOf(value.charAt(i)) < 0) {
        throw invalid("may only use digits and the letters A-Y without I, O, S, V and Z");
      }
    }
    if (value.charAt(LENGTH - 1) != checkCharacter(value)) {
      throw invalid("check character does not match");
    }
  }

  public static UnifiedSocialCreditCode parse(String value) {
    return new UnifiedSocialCreditCode(value);
  }

  @Override
  public String toString() {
    return value;
  }

  private static char checkCharacter(String value) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += ALPHABET.indexOf(value.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return ALPHABET.charAt(check == 31 ? 0 : check);
  }

  private static InvalidValue invalid(String reason) {
    return new InvalidValue(FIELD, reason);
  }
}
