package org.laborbridge.reports.domain;

import org.laborbridge.shared.region.Region;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The programme's activity counters of one period: per region, and per flow between two regions, a count per metric
 * (names in {@code org.laborbridge.platform.counters.Metrics}). Counts only: nothing here names a person.
 */
public record PeriodCounts(Map<Region, Map<String, Long>> regions, Map<Flow, Map<String, Long>> flows) {

  public PeriodCounts {
    regions = copy(regions);
    flows = copy(flows);
  }

  public static PeriodCounts none() {
    return new PeriodCounts(Map.of(), Map.of());
  }

  public long region(Region region, String metric) {
    return regions.getOrDefault(region, Map.of()).getOrDefault(metric, 0L);
  }

  public long flow(Region home, Region destination, String metric) {
    return flows.getOrDefault(new Flow(home, destination), Map.of()).getOrDefault(metric, 0L);
  }

  /** The rest of every region metric name that starts with the prefix, e.g. the groups of {@code workersRegistered.}. */
  public Set<String> suffixesOf(String prefix) {
    Set<String> found = new TreeSet<>();
    regions.values().forEach(metrics -> metrics.keySet().stream().filter(m -> m.startsWith(prefix) && m.length() > prefix.length())
        .forEach(m -> found.add(m.substring(prefix.length()))));
    return found;
  }

  private static <K> Map<K, Map<String, Long>> copy(Map<K, Map<String, Long>> source) {
    Map<K, Map<String, Long>> copy = new LinkedHashMap<>();
    source.forEach((key, metrics) -> copy.put(key, Map.copyOf(metrics)));
    return Map.copyOf(copy);
  }

  /** Adds counts up as records are read (the repair command) or as counter items are read. */
  public static final class Tally {
    private final Map<Region, Map<String, Long>> regions = new EnumMap<>(Region.class);
    private final Map<Flow, Map<String, Long>> flows = new LinkedHashMap<>();

    public Tally add(Region region, String metric, long amount) {
      if (amount != 0) {
        regions.computeIfAbsent(region, r -> new LinkedHashMap<>()).merge(metric, amount, Long::sum);
      }
      return this;
    }

    public Tally flow(Region home, Region destination, String metric, long amount) {
      if (amount != 0) {
        flows.computeIfAbsent(new Flow(home, destination), f -> new LinkedHashMap<>()).merge(metric, amount, Long::sum);
      }
      return this;
    }

    public PeriodCounts counts() {
      return new PeriodCounts(regions, flows);
    }
  }
}
