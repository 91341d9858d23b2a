package org.laborbridge.campaigns.domain;

import org.laborbridge.shared.region.Region;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a campaign message shows besides its text: a few upcoming fairs (the campaign's own first, and the fair a
 * reminder is about before all) and a few open jobs, in the regions a worker wants. Looked up once per region for
 * one page of recipients, so a page costs at most two queries per region, and memory holds a few cards per region.
 */
final class Highlights {

  static final int REGIONS_PER_WORKER = 3;
  static final int FAIRS_PER_REGION = 3;
  static final int JOBS_PER_REGION = 3;
  static final int MAX_FAIRS = 5;
  static final int MAX_JOBS = 5;
  /** Fairs starting within this long are "upcoming". */
  static final Duration FAIR_HORIZON = Duration.ofDays(45);
  /** Read a few more than shown: cancelled fairs and expired jobs are dropped. */
  private static final int READ = 10;

  private final FairDirectory fairDirectory;
  private final JobDirectory jobDirectory;
  private final SendDay day;
  private final Instant now;
  private final LocalDate today;
  private final Map<Region, List<FairCard>> fairs = new EnumMap<>(Region.class);
  private final Map<Region, List<JobCard>> jobs = new EnumMap<>(Region.class);
  private Optional<FairCard> linked;

  Highlights(FairDirectory fairDirectory, JobDirectory jobDirectory, SendDay day, Instant now, LocalDate today) {
    this.fairDirectory = fairDirectory;
    this.jobDirectory = jobDirectory;
    this.day = day;
    this.now = now;
    this.today = today;
  }

  List<FairCard> fairsIn(List<Region> regions) {
    Map<String, FairCard> chosen = new LinkedHashMap<>();
    linkedFair().ifPresent(f -> chosen.put(f.id(), f));
    for (Region region : regions) {
      fairs.computeIfAbsent(region, this::upcomingFairs).forEach(f -> chosen.putIfAbsent(f.id(), f));
    }
    return chosen.values().stream().limit(MAX_FAIRS).toList();
  }

  List<JobCard> jobsIn(List<Region> regions) {
    List<JobCard> chosen = new ArrayList<>();
    for (Region region : regions) {
      chosen.addAll(jobs.computeIfAbsent(region, this::openJobs));
    }
    return chosen.stream().limit(MAX_JOBS).toList();
  }

  private Optional<FairCard> linkedFair() {
    if (linked == null) {
      linked = day.fairId().flatMap(fairDirectory::find).filter(f -> f.scheduled() && f.startsAt().isAfter(now));
    }
    return linked;
  }

  private List<FairCard> upcomingFairs(Region region) {
    String campaignId = day.campaign().id();
    return fairDirectory.startingBetween(region, now, now.plus(FAIR_HORIZON), READ).stream()
        .filter(FairCard::scheduled)
        // The campaign's own fairs first; otherwise soonest first (a stable sort keeps the directory's order).
        .sorted(Comparator.comparing((FairCard f) -> !f.campaignId().map(campaignId::equals).orElse(false)))
        .limit(FAIRS_PER_REGION)
        .toList();
  }

  private List<JobCard> openJobs(Region region) {
    return jobDirectory.newestOpen(region, READ).stream()
        .filter(j -> j.validThrough() == null || !j.validThrough().isBefore(today))
        .limit(JOBS_PER_REGION)
        .toList();
  }
}
