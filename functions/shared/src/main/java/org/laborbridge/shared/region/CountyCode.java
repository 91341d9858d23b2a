package org.laborbridge.shared.region;

import java.util.regex.Pattern;
import org.laborbridge.shared.problem.InvalidValue;

/**
 * A six-digit GB/T 2260 administrative code inside one of the programme regions, e.g. Ziyang
 * {@code 512000}; where a worker lives, a job is, a fair is held.
 *
 * <p>Strict on the province prefix, lenient on the rest, because old county codes stay in use.
 */
public record CountyCode(String value) {

  public static final String FIELD = "countyCode";
  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

  public CountyCode {
    if (value == null || !SIX_DIGITS.matcher(value).matches()) {
      throw new InvalidValue(FIELD, "must be six digits");
    }
    if (Region.find(value.substring(0, 2)).isEmpty()) {
      throw new InvalidValue(FIELD, "must lie in one of the nine programme regions");
    }
  }

  public static CountyCode parse(String value) {
    return new CountyCode(value);
  }

  public Region region() {
    return Region.ofCode(value.substring(0, 2));
  }

  /** Moves inside one province need no unemployment insurance transfer. */
  public boolean sameProvinceAs(CountyCode other) {
    return region().sameProvinceAs(other.region());
  }

  @Override
  public String toString() {
    return value;
  }
}
