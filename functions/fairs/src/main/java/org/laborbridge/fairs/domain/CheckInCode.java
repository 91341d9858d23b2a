package org.laborbridge.fairs.domain;

import org.laborbridge.shared.problem.InvalidValue;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The code a registrant shows at the door: eight random symbols (40 bits: not guessable among a fair's few thousand
 * codes) and a ninth that checks them (Luhn mod 32: a mistyped symbol or two swapped neighbours are caught before
 * any lookup). Crockford's base-32 alphabet has no I, L, O or U, so it reads aloud and types without confusion.
 */
public record CheckInCode(String value) {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int RANDOM_SYMBOLS = 8;
  public static final String FIELD = "code";

  public CheckInCode {
    if (value == null || value.length() != RANDOM_SYMBOLS + 1 || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
        || checkSymbol(value.substring(0, RANDOM_SYMBOLS)) != value.charAt(RANDOM_SYMBOLS)) {
      throw new InvalidValue(FIELD, "is not a check-in code (nine letters and digits, as shown on the registration)");
    }
  }

  public static CheckInCode generate(RandomGenerator random) {
    StringBuilder symbols = new StringBuilder();
    for (int i = 0; i < RANDOM_SYMBOLS; i++) {
      symbols.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return new CheckInCode(symbols.toString() + checkSymbol(symbols.toString()));
  }

  /** Reads a code as people type it: any case, with dashes or spaces, O for 0 and I or L for 1. */
  public static CheckInCode parse(String typed) {
    if (typed == null) {
      throw new InvalidValue(FIELD, "is required");
    }
    String cleaned = typed.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "")
        .replace('O', '0').replace('I', '1').replace('L', '1');
    return new CheckInCode(cleaned);
  }

  /** Grouped for reading: {@code K7QM-2XJP-4}. */
  public String display() {
    return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
  }

  /** What the registration's QR code holds: the fair and the code, so a scanner at the wrong fair says so. */
  public String qrPayload(String fairId) {
    return "LBFAIR1:" + fairId + ":" + value;
  }

  static char checkSymbol(String symbols) {
    int n = ALPHABET.length();
    int sum = 0;
    boolean doubled = true;
    for (int i = symbols.length() - 1; i >= 0; i--) {
      int addend = ALPHABET.indexOf(symbols.charAt(i));
      if (doubled) {
        addend *= 2;
        addend = addend / n + addend % n;
      }
      sum += addend;
      doubled = !doubled;
    }
    return ALPHABET.charAt((n - sum % n) % n);
  }
}
