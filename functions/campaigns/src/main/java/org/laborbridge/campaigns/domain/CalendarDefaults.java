package org.laborbridge.campaigns.domain;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seeds a year's calendar with the configured default campaigns, once: each default is inserted only where its id
 * is free (staff's own campaign of that id wins), then the year is marked seeded. A seeding cut short is finished by
 * the next one; an edit or a cancellation of a seeded campaign is never undone, because seeding never overwrites.
 */
public final class CalendarDefaults {

  private final CampaignStore store;
  private final DefaultCalendar defaults;
  /** Years this container saw seeded: a marker, once written, is never removed. */
  private final Set<Integer> seeded = ConcurrentHashMap.newKeySet();

  public CalendarDefaults(CampaignStore store, DefaultCalendar defaults) {
    this.store = store;
    this.defaults = defaults;
  }

  /** @return how many default campaigns this call wrote */
  public int ensureSeeded(int year, Instant now) {
    if (seeded.contains(year)) {
      return 0;
    }
    int written = 0;
    if (!store.isSeeded(year)) {
      for (Campaign campaign : defaults.forYear(year, now)) {
        if (store.insert(campaign)) {
          written++;
        }
      }
      store.markSeeded(year);
    }
    seeded.add(year);
    return written;
  }
}
