package org.laborbridge.shared.region;

import java.util.Set;

/**
 * The province-level codes of GB/T 2260, for identity numbers issued anywhere in China.
 *
 * <p>Only the two-digit prefix is checked: county codes change and old ones stay valid on old
 * identity cards, so a list of counties would refuse real people.
 */
public final class ProvinceCodes {

  private static final Set<String> REAL = Set.of(
      "11", "12", "13", "14", "15",
      "21", "22", "23",
      "31", "32", "33", "34", "35", "36", "37",
      "41", "42", "43", "44", "45", "46",
      "50", "51", "52", "53", "54",
      "61", "62", "63", "64", "65",
      "71", "81", "82");

  private ProvinceCodes() {}

  public static boolean isReal(String twoDigits) {
    return twoDigits != null && REAL.contains(twoDigits);
  }
}
