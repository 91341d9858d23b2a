package org.laborbridge.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Medians and percentiles of a handful of noisy measurements. */
final class Stats {

  private Stats() {}

  static double median(List<Double> values) {
    return percentile(values, 50);
  }

  /** Nearest-rank percentile. */
  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values.stream().filter(v -> !v.isNaN()).toList());
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  /** A goal is judged on the ratio as shown, to two decimals: 1.2049 shows as 1.20× and meets ≤ 1.2×. */
  static boolean meets(double ratio, double goal) {
    return Math.round(ratio * 100) / 100.0 <= goal;
  }

  static String ratio(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? "-" : String.format(Locale.ROOT, "%.2f×", value);
  }

  static String num(double value, int decimals) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
