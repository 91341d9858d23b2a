package org.laborbridge.shared.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.problem.InvalidValue;

class CountyCodeTest {

  private static String reasonFor(String text) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> CountyCode.parse(text));
    assertEquals("countyCode", invalid.errors().get(0).field());
    return invalid.errors().get(0).message();
  }

  @Test
  void ziyang_lies_in_sichuan() {
    assertEquals(Region.SICHUAN, CountyCode.parse("512000").region());
  }

  @ParameterizedTest
  @ValueSource(strings = {"500101", "520102", "530102", "540102", "640104", "350102", "330106", "320102"})
  void county_codes_in_partner_regions_are_accepted(String text) {
    assertEquals(text, CountyCode.parse(text).value());
  }

  @Test
  void the_rest_of_the_code_is_not_checked_against_a_county_list() {
    assertEquals(Region.SICHUAN, CountyCode.parse("519999").region());
  }

  @ParameterizedTest
  @ValueSource(strings = {"110105", "440305", "990000"})
  void a_county_outside_the_nine_regions_is_refused(String text) {
    assertEquals("must lie in one of the nine programme regions", reasonFor(text));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"51200", "5120000", "51200A", "51 2000", "51"})
  void anything_but_six_digits_is_refused(String text) {
    assertEquals("must be six digits", reasonFor(text));
  }

  @Test
  void two_counties_in_sichuan_are_the_same_province_so_no_transfer_is_needed() {
    assertTrue(CountyCode.parse("512000").sameProvinceAs(CountyCode.parse("510104")));
  }

  @Test
  void sichuan_and_chongqing_are_different_provinces() {
    assertFalse(CountyCode.parse("512000").sameProvinceAs(CountyCode.parse("500101")));
  }

  @Test
  void a_county_code_prints_as_its_six_digits() {
    assertEquals("512000", CountyCode.parse("512000").toString());
  }
}
