package org.laborbridge.campaigns.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.region.Region;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who is in a campaign's audience: priority groups by name, migrant workers by where they want to work. */
class AudienceMemberTest {

  static AudienceMember member(Set<Region> desired, boolean any, Set<String> groups, Set<String> channels) {
    return new AudienceMember("w-1", Region.SICHUAN, desired, any, groups, channels, Optional.empty());
  }

  @Test
  void a_worker_who_wants_another_region_or_any_is_a_migrant_worker_one_who_stays_home_is_not() {
    Set<TargetGroup> migrants = Set.of(TargetGroup.MIGRANT_WORKERS);
    assertTrue(member(Set.of(Region.ZHEJIANG), false, Set.of(), Set.of("SMS")).isIn(migrants));
    assertTrue(member(Set.of(), true, Set.of(), Set.of("SMS")).isIn(migrants));
    assertTrue(member(Set.of(Region.SICHUAN, Region.JIANGSU), false, Set.of(), Set.of("SMS")).isIn(migrants));
    assertFalse(member(Set.of(Region.SICHUAN), false, Set.of(), Set.of("SMS")).isIn(migrants));
  }

  @Test
  void priority_groups_match_by_name_and_employers_are_never_a_worker() {
    AudienceMember relocated = member(Set.of(Region.SICHUAN), false, Set.of("RELOCATED"), Set.of("APP"));
    assertTrue(relocated.isIn(Set.of(TargetGroup.DIFFICULTY_FINDING_JOBS, TargetGroup.RELOCATED)));
    assertFalse(relocated.isIn(Set.of(TargetGroup.LIFTED_OUT_OF_POVERTY)));
    assertFalse(relocated.isIn(Set.of(TargetGroup.EMPLOYERS)));
    assertTrue(relocated.isIn(Set.of(TargetGroup.EMPLOYERS, TargetGroup.ALL_JOB_SEEKERS)));
  }

  @Test
  void a_worker_with_no_channel_left_is_in_no_audience() {
    assertFalse(member(Set.of(Region.ZHEJIANG), false, Set.of(), Set.of()).isIn(Set.of(TargetGroup.ALL_JOB_SEEKERS)));
  }

  @Test
  void fairs_and_jobs_come_from_the_regions_wanted_or_else_from_home() {
    assertEquals(List.of(Region.JIANGSU, Region.ZHEJIANG, Region.FUJIAN),
        member(Set.of(Region.FUJIAN, Region.ZHEJIANG, Region.JIANGSU, Region.NINGXIA), false, Set.of(), Set.of("SMS"))
            .regionsOfInterest(3));
    assertEquals(List.of(Region.SICHUAN), member(Set.of(), true, Set.of(), Set.of("SMS")).regionsOfInterest(3));
  }
}
