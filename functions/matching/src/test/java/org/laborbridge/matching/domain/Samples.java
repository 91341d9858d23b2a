package org.laborbridge.matching.domain;

import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.SettableClock;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Workers and jobs for domain tests, built to order from sensible defaults. */
final class Samples {

  /** 10:00 in Shanghai on 27 November 2026. */
  static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private Samples() {}

  static SettableClock clock() {
    return new SettableClock(NOW);
  }

  /** A welder (6-18-02-04) from Sichuan who wants Zhejiang, expects 6,000 a month, from 1 December, consenting. */
  static Worker worker(String id) {
    return new Worker(id);
  }

  /** A welding job in Zhejiang paying at least 6,500 a month, starting 1 December, open until March. */
  static Job job(String id) {
    return new Job(id);
  }

  static final class Worker {
    private final String id;
    private long version = 1;
    private Region home = Region.SICHUAN;
    private String ownerSubject;
    private Set<Region> desired = Set.of(Region.ZHEJIANG);
    private boolean anyRegion;
    private List<String> occupations = List.of("6-18-02-04");
    private List<String> skills = List.of("arc welding");
    private BigDecimal expected = new BigDecimal("6000");
    private LocalDate availableFrom = LocalDate.of(2026, 12, 1);
    private Set<String> priorityGroups = Set.of();
    private boolean consented = true;

    private Worker(String id) {
      this.id = id;
      this.ownerSubject = "account-" + id;
    }

    Worker version(long value) { version = value; return this; }
    Worker home(Region value) { home = value; return this; }
    Worker wants(Region... regions) { desired = Set.of(regions); anyRegion = false; return this; }
    Worker anyRegion() { anyRegion = true; desired = Set.of(); return this; }
    Worker occupations(String... codes) { occupations = List.of(codes); return this; }
    Worker skills(String... values) { skills = List.of(values); return this; }
    Worker expects(String monthly) { expected = monthly == null ? null : new BigDecimal(monthly); return this; }
    Worker availableFrom(LocalDate value) { availableFrom = value; return this; }
    Worker priorityGroups(String... groups) { priorityGroups = Set.of(groups); return this; }
    Worker consented(boolean value) { consented = value; return this; }

    CandidateProfile build() {
      return new CandidateProfile(id, version, home, ownerSubject, desired, anyRegion,
          occupations.stream().map(OccupationCode::parse).toList(), skills, expected, availableFrom, priorityGroups,
          consented, consented ? Set.of("INBOX", "SMS") : Set.of());
    }
  }

  static final class Job {
    private final String id;
    private long version = 1;
    private JobOffer.Status status = JobOffer.Status.ACTIVE;
    private Region region = Region.ZHEJIANG;
    private String occupation = "6-18-02-04";
    private List<String> skills = List.of("arc welding", "reading drawings");
    private BigDecimal monthlyMinimum = new BigDecimal("6500");
    private LocalDate validThrough = LocalDate.of(2027, 3, 31);
    private LocalDate startDate = LocalDate.of(2026, 12, 1);
    private boolean accommodation;
    private boolean transport;
    private String laborBrand;

    private Job(String id) {
      this.id = id;
    }

    Job version(long value) { version = value; return this; }
    Job status(JobOffer.Status value) { status = value; return this; }
    Job in(Region value) { region = value; return this; }
    Job occupation(String value) { occupation = value; return this; }
    Job skills(String... values) { skills = List.of(values); return this; }
    Job paysMonthly(String value) { monthlyMinimum = new BigDecimal(value); return this; }
    Job validThrough(LocalDate value) { validThrough = value; return this; }
    Job startDate(LocalDate value) { startDate = value; return this; }
    Job accommodation() { accommodation = true; return this; }
    Job transport() { transport = true; return this; }
    Job laborBrand(String value) { laborBrand = value; return this; }

    JobOffer build() {
      return new JobOffer(id, version, status, "Welder", "Ningbo Shipyard Co.", region, region.code() + "0200", null,
          OccupationCode.parse(occupation), skills,
          new JobOffer.Pay(monthlyMinimum, monthlyMinimum.add(new BigDecimal("2000")), "MONTH", monthlyMinimum),
          validThrough, startDate, accommodation, transport, laborBrand, new JobOffer.Poster("EMPLOYER", "employer-1"));
    }
  }
}
