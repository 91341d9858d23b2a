package org.laborbridge.shared.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.problem.InvalidValue;

class MobileNumberTest {

  private static final String SHAPE = "must be 11 digits starting 13 to 19, optionally after +86";

  private static String reasonFor(String text) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> MobileNumber.parse(text));
    assertEquals("mobile", invalid.errors().get(0).field());
    assertFalse(invalid.getMessage().contains("12345678"), "the number must not leak");
    return invalid.errors().get(0).message();
  }

  @ParameterizedTest
  @ValueSource(strings = {"13812345678", "15912345678", "19912345678", "17012345678"})
  void eleven_digits_starting_thirteen_to_nineteen_are_accepted(String text) {
    assertEquals(text, MobileNumber.parse(text).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"+8613812345678", "+86 13812345678"})
  void the_china_country_code_is_dropped_so_numbers_compare_equal(String text) {
    assertEquals(MobileNumber.parse("13812345678"), MobileNumber.parse(text));
    assertEquals("13812345678", MobileNumber.parse(text).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"+86  13812345678", "+86-13812345678", "8613812345678", "008613812345678",
      "+8513812345678", "86 13812345678"})
  void other_ways_of_writing_a_country_code_are_refused(String text) {
    assertEquals(SHAPE, reasonFor(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12812345678", "10812345678", "23812345678"})
  void a_number_not_starting_thirteen_to_nineteen_is_refused(String text) {
    assertEquals(SHAPE, reasonFor(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1381234567", "138123456789", "138 1234 5678", "138-1234-5678", "1381234567a", " 13812345678"})
  void a_number_of_the_wrong_shape_is_refused(String text) {
    assertEquals(SHAPE, reasonFor(text));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void a_missing_number_is_required(String text) {
    assertEquals("is required", reasonFor(text));
  }

  @Test
  void the_masked_form_keeps_the_first_three_and_last_four_digits() {
    assertEquals("138****5678", MobileNumber.parse("+86 13812345678").masked());
  }

  @Test
  void to_string_is_masked() {
    assertEquals("138****5678", MobileNumber.parse("13812345678").toString());
  }

  @Test
  void the_international_form_adds_plus_eighty_six() {
    assertEquals("+8613812345678", MobileNumber.parse("13812345678").international());
  }
}
