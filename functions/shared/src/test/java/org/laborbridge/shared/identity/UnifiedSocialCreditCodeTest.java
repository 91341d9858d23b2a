package org.laborbridge.shared.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.problem.InvalidValue;

class UnifiedSocialCreditCodeTest {

  private static String reasonFor(String text) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> UnifiedSocialCreditCode.parse(text));
    assertEquals("creditCode", invalid.errors().get(0).field());
    return invalid.errors().get(0).message();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9144030071526726XG", "91350100M000100Y43", "91510100MA6123456W", "91320000134765428G"})
  void real_looking_codes_with_the_right_check_character_are_accepted(String text) {
    assertEquals(text, UnifiedSocialCreditCode.parse(text).value());
  }

  @Test
  void a_credit_code_is_printed_in_full_because_it_is_public_registration_data() {
    assertEquals("9144030071526726XG", UnifiedSocialCreditCode.parse("9144030071526726XG").toString());
  }

  @Test
  void a_check_value_of_thirty_one_becomes_zero() {
    // Seventeen zeros sum to 0, so 31 - 0 = 31, which the standard writes as 0.
    assertEquals("000000000000000000", UnifiedSocialCreditCode.parse("000000000000000000").value());
  }

  @ParameterizedTest
  @NullAndEmptySource
  void a_missing_code_is_required(String text) {
    assertEquals("is required", reasonFor(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9144030071526726X", "9144030071526726XGG", "91440300715267"})
  void a_code_of_the_wrong_length_is_refused(String text) {
    assertEquals("must be 18 characters", reasonFor(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9144030071526726XH", "9144030071526726X0", "91350100M000100Y44", "91350100M000100Y4A"})
  void a_wrong_check_character_is_refused(String text) {
    assertEquals("check character does not match", reasonFor(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"I", "O", "S", "V", "Z"})
  void the_letters_that_never_occur_are_refused(String letter) {
    assertEquals("may only use digits and the letters A-Y without I, O, S, V and Z",
        reasonFor("91350100M" + letter + "00100Y43"));
  }

  @Test
  void punctuation_is_refused() {
    assertEquals("may only use digits and the letters A-Y without I, O, S, V and Z",
        reasonFor("91350100M-00100Y43"));
  }

  @Test
  void lower_case_letters_are_refused_rather_than_upper_cased() {
    assertEquals("must be upper case", reasonFor("9144030071526726xg"));
  }
}
