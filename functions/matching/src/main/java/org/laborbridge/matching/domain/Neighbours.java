package org.laborbridge.matching.domain;

import org.laborbridge.shared.region.Region;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.laborbridge.shared.region.Region.CHONGQING;
import static org.laborbridge.shared.region.Region.FUJIAN;
import static org.laborbridge.shared.region.Region.GUIZHOU;
import static org.laborbridge.shared.region.Region.JIANGSU;
import static org.laborbridge.shared.region.Region.SICHUAN;
import static org.laborbridge.shared.region.Region.TIBET;
import static org.laborbridge.shared.region.Region.YUNNAN;
import static org.laborbridge.shared.region.Region.ZHEJIANG;

/**
 * Which of the nine regions share a border, from the map: a job next door is nearly as good as one at home for a
 * worker who travels by train or bus. Ningxia borders none of the other eight.
 */
public final class Neighbours {

  private static final Set<Set<Region>> BORDERS = Set.of(
      Set.of(SICHUAN, CHONGQING),
      Set.of(SICHUAN, GUIZHOU),
      Set.of(SICHUAN, YUNNAN),
      Set.of(SICHUAN, TIBET),
      Set.of(CHONGQING, GUIZHOU),
      Set.of(GUIZHOU, YUNNAN),
      Set.of(YUNNAN, TIBET),
      Set.of(ZHEJIANG, FUJIAN),
      Set.of(ZHEJIANG, JIANGSU));

  private Neighbours() {}

  public static boolean border(Region a, Region b) {
    return a != b && BORDERS.contains(Set.of(a, b));
  }

  /** Every region's neighbours, for the documentation and tests. */
  public static Map<Region, Set<Region>> all() {
    Map<Region, Set<Region>> all = new EnumMap<>(Region.class);
    for (Region region : Region.values()) {
      Set<Region> next = EnumSet.noneOf(Region.class);
      for (Region other : Region.values()) {
        if (border(region, other)) {
          next.add(other);
        }
      }
      all.put(region, next);
    }
    return all;
  }
}
