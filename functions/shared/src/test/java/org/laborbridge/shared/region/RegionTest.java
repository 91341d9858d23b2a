package org.laborbridge.shared.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborbridge.shared.problem.InvalidValue;

class RegionTest {

  @Test
  void the_programme_has_nine_regions() {
    assertEquals(9, Region.values().length);
  }

  @Test
  void sichuan_is_the_only_home_region() {
    assertEquals(RegionRole.HOME, Region.SICHUAN.role());
    assertTrue(Region.SICHUAN.isHome());
    assertEquals(1, Arrays.stream(Region.values()).filter(Region::isHome).count());
  }

  @ParameterizedTest
  @CsvSource({
      "51, SICHUAN, Sichuan, 四川", "50, CHONGQING, Chongqing, 重庆", "52, GUIZHOU, Guizhou, 贵州",
      "53, YUNNAN, Yunnan, 云南", "54, TIBET, Tibet, 西藏", "64, NINGXIA, Ningxia, 宁夏",
      "35, FUJIAN, Fujian, 福建", "33, ZHEJIANG, Zhejiang, 浙江", "32, JIANGSU, Jiangsu, 江苏"})
  void each_region_is_found_by_its_province_code_and_carries_both_names(
      String code, Region region, String english, String chinese) {
    assertEquals(region, Region.ofCode(code));
    assertEquals(code, region.code());
    assertEquals(english, region.englishName());
    assertEquals(chinese, region.chineseName());
  }

  @Test
  void the_six_digit_form_appends_four_zeros() {
    assertEquals("510000", Region.SICHUAN.sixDigitCode());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"11", "44", "510000", "5", "99"})
  void a_code_outside_the_programme_is_refused(String code) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> Region.ofCode(code));
    assertEquals("region", invalid.errors().get(0).field());
    assertEquals(Optional.empty(), Region.find(code));
  }

  @ParameterizedTest
  @EnumSource(Region.class)
  void every_programme_region_is_a_real_province(Region region) {
    assertTrue(ProvinceCodes.isReal(region.code()));
  }

  @Test
  void a_region_is_the_same_province_only_as_itself() {
    assertTrue(Region.ZHEJIANG.sameProvinceAs(Region.ZHEJIANG));
    assertFalse(Region.SICHUAN.sameProvinceAs(Region.CHONGQING));
  }
}
