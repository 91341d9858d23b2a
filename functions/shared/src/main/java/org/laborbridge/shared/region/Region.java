package org.laborbridge.shared.region;

import java.util.Arrays;
import java.util.Optional;
import org.laborbridge.shared.problem.InvalidValue;

/** The nine regions of the employment cooperation programme, by GB/T 2260 province code. */
public enum Region {
  SICHUAN("51", "Sichuan", "四川", RegionRole.HOME),
  CHONGQING("50", "Chongqing", "重庆", RegionRole.PARTNER),
  GUIZHOU("52", "Guizhou", "贵州", RegionRole.PARTNER),
  YUNNAN("53", "Yunnan", "云南", RegionRole.PARTNER),
  TIBET("54", "Tibet", "西藏", RegionRole.PARTNER),
  NINGXIA("64", "Ningxia", "宁夏", RegionRole.PARTNER),
  FUJIAN("35", "Fujian", "福建", RegionRole.PARTNER),
  ZHEJIANG("33", "Zhejiang", "浙江", RegionRole.PARTNER),
  JIANGSU("32", "Jiangsu", "江苏", RegionRole.PARTNER);

  public static final String FIELD = "region";

  private final String code;
  private final String englishName;
  private final String chineseName;
  private final RegionRole role;

  Region(String code, String englishName, String chineseName, RegionRole role) {
    this.code = code;
    this.englishName = englishName;
    this.chineseName = chineseName;
    this.role = role;
  }

  /** The region for a two-digit province code, or InvalidValue if it is not in the programme. */
  public static Region ofCode(String code) {
    return find(code).orElseThrow(
        () -> new InvalidValue(FIELD, "must be the two-digit code of a programme region"));
  }

  public static Optional<Region> find(String code) {
    return Arrays.stream(values()).filter(region -> region.code.equals(code)).findFirst();
  }

  /** Two digits, e.g. {@code 51}. */
  public String code() {
    return code;
  }

  /** The province-level six-digit form, e.g. {@code 510000}. */
  public String sixDigitCode() {
    return code + "0000";
  }

  public String englishName() {
    return englishName;
  }

  public String chineseName() {
    return chineseName;
  }

  public RegionRole role() {
    return role;
  }

  public boolean isHome() {
    return role == RegionRole.HOME;
  }

  /** Moves inside one province need no unemployment insurance transfer. */
  public boolean sameProvinceAs(Region other) {
    return this == other;
  }
}
