package org.laborbridge.shared.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.problem.InvalidValue;

class OccupationCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"1-01-00-01", "4-03-02-01", "6-29-01-02", "8-00-00-00"})
  void codes_in_the_eight_major_groups_are_accepted(String text) {
    assertEquals(text, OccupationCode.parse(text).value());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"0-01-02-03", "9-01-02-03", "4-1-02-03", "4-01-02", "4-01-02-03-04", "40102030",
      "4.01.02.03", "4-01-02-0a", " 4-01-02-03", "４-01-02-03"})
  void anything_not_shaped_like_an_occupation_code_is_refused(String text) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> OccupationCode.parse(text));
    assertEquals("occupationCode", invalid.errors().get(0).field());
  }

  @Test
  void the_groups_are_prefixes_of_the_code() {
    OccupationCode cook = OccupationCode.parse("4-03-02-01");
    assertEquals(4, cook.majorGroup());
    assertEquals("4-03", cook.middleGroup());
    assertEquals("4-03-02", cook.minorGroup());
  }

  @ParameterizedTest
  @CsvSource({
      "4-03-02-01, 4-03-02-01, SAME_OCCUPATION",
      "4-03-02-01, 4-03-02-05, SAME_MINOR_GROUP",
      "4-03-02-01, 4-03-01-01, SAME_MAJOR_GROUP",
      "4-03-02-01, 4-07-02-01, SAME_MAJOR_GROUP",
      "4-03-02-01, 6-03-02-01, UNRELATED"})
  void closeness_compares_the_full_code_then_the_minor_group_then_the_major_group(
      String one, String other, OccupationCloseness expected) {
    assertEquals(expected, OccupationCode.parse(one).closenessTo(OccupationCode.parse(other)));
    assertEquals(expected, OccupationCode.parse(other).closenessTo(OccupationCode.parse(one)));
  }
}
