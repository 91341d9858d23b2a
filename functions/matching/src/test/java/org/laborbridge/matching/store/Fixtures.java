package org.laborbridge.matching.store;

import org.laborbridge.matching.domain.CandidateProfile;
import org.laborbridge.matching.domain.JobOffer;
import org.laborbridge.matching.domain.Match;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.region.Region;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Workers, jobs and matches for the store tests. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

  private Fixtures() {}

  static CandidateProfile worker(String id, long version, Set<Region> desired, String... occupations) {
    return new CandidateProfile(id, version, Region.SICHUAN, "account-" + id, desired, false,
        List.of(occupations).stream().map(OccupationCode::parse).toList(), List.of("arc welding", "Forklift"),
        new BigDecimal("6000.5"), LocalDate.of(2026, 12, 15), Set.of("RELOCATED"), true, Set.of("INBOX", "SMS"));
  }

  static JobOffer job(String id) {
    return new JobOffer(id, 2, JobOffer.Status.ACTIVE, "Welder", null, Region.ZHEJIANG, "330200", null,
        OccupationCode.parse("6-18-02-04"), List.of("arc welding"),
        new JobOffer.Pay(new BigDecimal("6500.50"), new BigDecimal("9000"), "MONTH", new BigDecimal("6500")),
        LocalDate.of(2027, 3, 31), LocalDate.of(2026, 12, 1), true, false, "Sichuan Welders",
        new JobOffer.Poster("EMPLOYER", "employer-sub-1"));
  }

  static Match match(String workerId, String jobId, String score) {
    return new Match(workerId, jobId, 1, new BigDecimal(score), List.of("same occupation", "priority group"), NOW, false);
  }
}
