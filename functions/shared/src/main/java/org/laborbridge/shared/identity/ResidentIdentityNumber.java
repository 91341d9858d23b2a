package org.laborbridge.shared.identity;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.laborbridge.shared.privacy.Masking;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.ProvinceCodes;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.ProgrammeClock;

/**
 * A worker's 18-character resident identity number (GB 11643).
 *
 * <p>Personal data: {@link #value()} is for storage only; {@link #toString()} and every error
 * message show at most the masked form so the number cannot leak into logs or problem bodies.
 * A class rather than a record because "not born in the future" needs today's date, so
 * {@link #parse} must be the only way in.
 */
public final class ResidentIdentityNumber {

  public static final String FIELD = "identityNumber";

  private static final int LENGTH = 18;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();
  // Nobody alive was born earlier; an older date is a typing slip, not a person.
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);

  private final String value;
  private final LocalDate birthDate;

  private ResidentIdentityNumber(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  public static ResidentIdentityNumber parse(String text, Clock clock) {
    return parse(text, new ProgrammeClock(clock).today());
  }

  /** {@code today} is the programme's date (Asia/Shanghai); a birth date after it is refused. */
  public static ResidentIdentityNumber parse(String text, LocalDate today) {
    if (text == null || text.isEmpty()) {
      throw invalid("is required");
    }
    if (text.length() != LENGTH) {
      throw invalid("must be 18 characters");
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      if (!isDigit(text.charAt(i))) {
        throw invalid("must be 17 digits followed by a digit or X");
      }
    }
    char last = text.charAt(LENGTH - 1);
    if (last == 'x') {
      throw invalid("must end in an upper-case X, not x");
    }
    if (!isDigit(last) && last != 'X') {
      throw invalid("must be 17 digits followed by a digit or X");
    }
    if (!ProvinceCodes.isReal(text.substring(0, 2))) {
      throw invalid("must start with a real province code");
    }
    LocalDate birthDate = birthDateOf(text);
    if (birthDate.isBefore(EARLIEST_BIRTH)) {
      throw invalid("birth date is before 1800");
    }
    if (birthDate.isAfter(today)) {
      throw invalid("birth date is in the future");
    }
    if (last != checkCharacter(text)) {
      throw invalid("check character does not match");
    }
    return new ResidentIdentityNumber(text, birthDate);
  }

  /** The full number, for storage and for partners entitled to it; never for logs. */
  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Sex sex() {
    int sequenceLastDigit = value.charAt(16) - '0';
    return sequenceLastDigit % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /** Two digits of the province that issued the number (where the person was registered). */
  public String provinceCode() {
    return value.substring(0, 2);
  }

  /** The six-digit address code, possibly an old county code no longer in the standard. */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /** The programme region that issued the number, if it is one of the nine. */
  public Optional<Region> issuingRegion() {
    return Region.find(provinceCode());
  }

  /** {@code 110105********002X}. */
  public String masked() {
    return Masking.identity(value);
  }

  @Override
  public String toString() {
    return masked();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResidentIdentityNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  private static LocalDate birthDateOf(String text) {
    int year = Integer.parseInt(text.substring(6, 10));
    int month = Integer.parseInt(text.substring(10, 12));
    int day = Integer.parseInt(text.substring(12, 14));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException notADate) {
      throw invalid("birth date is not a real date");
    }
  }

  /**
   * The ISO 7064 MOD 11-2 check character of the first 17 digits of {@code text}: what parsing verifies, and what
   * tools that make sample numbers (the local demo) append.
   */
  public static char checkCharacter(String text) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (text.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS[sum % 11];
  }

  // Character.isDigit would let full-width and other Unicode digits through.
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static InvalidValue invalid(String reason) {
    return new InvalidValue(FIELD, reason);
  }
}
