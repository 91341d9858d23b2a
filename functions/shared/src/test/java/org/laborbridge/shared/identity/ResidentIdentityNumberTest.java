package org.laborbridge.shared.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.problem.FieldError;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

class ResidentIdentityNumberTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

  private static String reasonFor(String text) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> ResidentIdentityNumber.parse(text, TODAY));
    assertEquals(1, invalid.errors().size());
    FieldError error = invalid.errors().get(0);
    assertEquals("identityNumber", error.field());
    return error.message();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "11010519491231002X", "440524188001010014", "51012219900307123X",
      "510122200002294568", "32010219851111881X", "640102197001010016"})
  void the_published_and_programme_samples_are_accepted(String text) {
    assertEquals(text, ResidentIdentityNumber.parse(text, TODAY).value());
  }

  @Test
  void the_birth_date_is_read_from_positions_seven_to_fourteen() {
    assertEquals(LocalDate.of(1949, 12, 31), ResidentIdentityNumber.parse("11010519491231002X", TODAY).birthDate());
  }

  @Test
  void an_odd_sequence_number_means_a_man() {
    assertEquals(Sex.MALE, ResidentIdentityNumber.parse("440524188001010014", TODAY).sex());
  }

  @Test
  void an_even_sequence_number_means_a_woman() {
    assertEquals(Sex.FEMALE, ResidentIdentityNumber.parse("11010519491231002X", TODAY).sex());
  }

  @Test
  void the_province_and_address_codes_are_the_leading_digits() {
    ResidentIdentityNumber number = ResidentIdentityNumber.parse("11010519491231002X", TODAY);
    assertEquals("11", number.provinceCode());
    assertEquals("110105", number.addressCode());
  }

  @Test
  void a_number_issued_in_sichuan_belongs_to_the_home_region() {
    assertEquals(Optional.of(Region.SICHUAN),
        ResidentIdentityNumber.parse("51012219900307123X", TODAY).issuingRegion());
  }

  @Test
  void a_number_issued_outside_the_programme_has_no_region_but_is_still_valid() {
    assertEquals(Optional.empty(), ResidentIdentityNumber.parse("11010519491231002X", TODAY).issuingRegion());
  }

  @Test
  void the_masked_form_keeps_the_first_six_and_last_four_characters() {
    assertEquals("110105********002X", ResidentIdentityNumber.parse("11010519491231002X", TODAY).masked());
  }

  @Test
  void to_string_never_shows_the_full_number() {
    String printed = String.valueOf(ResidentIdentityNumber.parse("11010519491231002X", TODAY));
    assertEquals("110105********002X", printed);
    assertFalse(printed.contains("19491231"));
  }

  @Test
  void two_parses_of_the_same_number_are_equal() {
    assertEquals(ResidentIdentityNumber.parse("440524188001010014", TODAY),
        ResidentIdentityNumber.parse("440524188001010014", TODAY));
    assertEquals(ResidentIdentityNumber.parse("440524188001010014", TODAY).hashCode(),
        ResidentIdentityNumber.parse("440524188001010014", TODAY).hashCode());
    assertNotEquals(ResidentIdentityNumber.parse("440524188001010014", TODAY),
        ResidentIdentityNumber.parse("11010519491231002X", TODAY));
  }

  @ParameterizedTest
  @NullAndEmptySource
  void a_missing_number_is_required(String text) {
    assertEquals("is required", reasonFor(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1101051949123100", "11010519491231002X0", "110105491231002", " 11010519491231002X"})
  void a_number_of_the_wrong_length_is_refused(String text) {
    assertEquals("must be 18 characters", reasonFor(text));
  }

  @Test
  void a_lower_case_x_check_character_is_refused() {
    assertEquals("must end in an upper-case X, not x", reasonFor("11010519491231002x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1101051949123100XX", "A1010519491231002X", "11010519491231002Y", "110105-9491231002X"})
  void a_letter_or_sign_anywhere_but_a_final_x_is_refused(String text) {
    assertEquals("must be 17 digits followed by a digit or X", reasonFor(text));
  }

  @Test
  void full_width_digits_are_refused() {
    assertEquals("must be 17 digits followed by a digit or X", reasonFor("１1010519491231002X"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "10", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66", "70", "72", "80", "83", "91", "99"})
  void a_province_prefix_that_is_not_a_real_province_is_refused(String prefix) {
    assertEquals("must start with a real province code", reasonFor(withCheckCharacter(prefix + "010519491231002")));
  }

  @Test
  void an_old_county_code_under_a_real_province_is_accepted() {
    // 519999 is no county in today's list; old cards still carry codes like it.
    String text = withCheckCharacter("51999919900307123");
    assertEquals("519999", ResidentIdentityNumber.parse(text, TODAY).addressCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"19490231", "19490230", "19490001", "19491301", "19490100", "19490132", "19000229"})
  void an_impossible_birth_date_is_refused(String birthDate) {
    assertEquals("birth date is not a real date", reasonFor(withCheckCharacter("110105" + birthDate + "002")));
  }

  @Test
  void the_twenty_ninth_of_february_in_a_leap_year_is_a_real_birth_date() {
    assertEquals(LocalDate.of(2000, 2, 29),
        ResidentIdentityNumber.parse("510122200002294568", TODAY).birthDate());
  }

  @Test
  void a_birth_date_in_the_future_is_refused() {
    assertEquals("birth date is in the future", reasonFor(withCheckCharacter("11010520240302002")));
  }

  @Test
  void a_child_born_today_is_accepted() {
    String text = withCheckCharacter("11010520240301002");
    assertEquals(TODAY, ResidentIdentityNumber.parse(text, TODAY).birthDate());
  }

  @Test
  void a_birth_date_before_1800_is_refused() {
    assertEquals("birth date is before 1800", reasonFor(withCheckCharacter("11010517991231002")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"110105194912310020", "110105194912310021", "440524188001010015", "44052418800101001X"})
  void a_wrong_check_character_is_refused(String text) {
    assertEquals("check character does not match", reasonFor(text));
  }

  @Test
  void swapping_two_digits_is_caught_by_the_check_character() {
    assertEquals("check character does not match", reasonFor("11015019491231002X"));
  }

  @Test
  void error_messages_never_contain_the_number() {
    InvalidValue invalid = assertThrows(InvalidValue.class,
        () -> ResidentIdentityNumber.parse("110105194912310021", TODAY));
    assertFalse(invalid.getMessage().contains("110105194912310021"));
    assertFalse(invalid.getMessage().contains("19491231"));
  }

  @Test
  void today_is_taken_in_shanghai_when_parsing_with_a_clock() {
    // 16:30 UTC on 29 Feb is already 1 March in Shanghai: a child born on 1 March exists.
    Clock lateEveningUtc = Clock.fixed(Instant.parse("2024-02-29T16:30:00Z"), ZoneOffset.UTC);
    String bornFirstOfMarch = withCheckCharacter("11010520240301002");
    assertEquals(TODAY, ResidentIdentityNumber.parse(bornFirstOfMarch, lateEveningUtc).birthDate());
  }

  @Test
  void a_clock_still_on_the_previous_shanghai_day_refuses_a_birth_tomorrow() {
    Clock afternoonUtc = Clock.fixed(Instant.parse("2024-02-29T15:59:59Z"), ZoneOffset.UTC);
    String bornFirstOfMarch = withCheckCharacter("11010520240301002");
    InvalidValue invalid = assertThrows(InvalidValue.class,
        () -> ResidentIdentityNumber.parse(bornFirstOfMarch, afternoonUtc));
    assertEquals(List.of(new FieldError("identityNumber", "birth date is in the future")), invalid.errors());
  }

  /** Test helper: completes 17 characters with the ISO 7064 MOD 11-2 check character. */
  static String withCheckCharacter(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  @org.junit.jupiter.api.Test
  void the_check_character_of_the_samples_is_the_one_they_end_with() {
    org.junit.jupiter.api.Assertions.assertEquals('X', ResidentIdentityNumber.checkCharacter("11010519491231002"));
    org.junit.jupiter.api.Assertions.assertEquals('4', ResidentIdentityNumber.checkCharacter("44052418800101001"));
  }
}
