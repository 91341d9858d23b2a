package org.laborbridge.shared.identity;

import java.util.regex.Pattern;
import org.laborbridge.shared.problem.InvalidValue;

/**
 * An occupation in the national occupational classification (2022 edition), {@code X-XX-XX-XX}:
 * major, middle and minor group, then occupation. Major groups run 1 to 8.
 */
public record OccupationCode(String value) {

  public static final String FIELD = "occupationCode";

  private static final Pattern SHAPE = Pattern.compile("[1-8]-[0-9]{2}-[0-9]{2}-[0-9]{2}");

  public OccupationCode {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new InvalidValue(FIELD, "must look like 4-01-02-03 with a major group from 1 to 8");
    }
  }

  public static OccupationCode parse(String value) {
    return new OccupationCode(value);
  }

  public int majorGroup() {
    return value.charAt(0) - '0';
  }

  /** {@code X-XX}. */
  public String middleGroup() {
    return value.substring(0, 4);
  }

  /** {@code X-XX-XX}. */
  public String minorGroup() {
    return value.substring(0, 7);
  }

  /**
   * The matching levels the programme uses; a shared middle group alone counts as the same major
   * group, because matching only distinguishes the three levels.
   */
  public OccupationCloseness closenessTo(OccupationCode other) {
    if (value.equals(other.value)) {
      return OccupationCloseness.SAME_OCCUPATION;
    }
    if (minorGroup().equals(other.minorGroup())) {
      return OccupationCloseness.SAME_MINOR_GROUP;
    }
    if (majorGroup() == other.majorGroup()) {
      return OccupationCloseness.SAME_MAJOR_GROUP;
    }
    return OccupationCloseness.UNRELATED;
  }

  @Override
  public String toString() {
    return value;
  }
}
