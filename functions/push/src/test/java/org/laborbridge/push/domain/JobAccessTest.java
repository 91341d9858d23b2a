package org.laborbridge.push.domain;

import org.junit.jupiter.api.Test;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.region.Region;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whom a job reached is open to its poster and to staff of its region; a partner's id is no person's account. */
class JobAccessTest {

  private static Actor account(String subject) {
    return new Actor(subject, Set.of(Actor.Role.EMPLOYER), Optional.empty());
  }

  @Test
  void the_employer_who_posted_the_job_may_read_its_reach() {
    assertTrue(new JobAccess("job-1", Region.ZHEJIANG, new JobPoster("EMPLOYER", "employer-1")).readableBy(account("employer-1")));
    assertFalse(new JobAccess("job-1", Region.ZHEJIANG, new JobPoster("EMPLOYER", "employer-1")).readableBy(account("employer-2")));
  }

  @Test
  void an_account_named_like_the_partner_that_posted_the_job_may_not() {
    assertFalse(new JobAccess("job-1", Region.ZHEJIANG, new JobPoster("PARTNER", "zj-hr")).readableBy(account("zj-hr")));
    assertTrue(new JobAccess("job-1", Region.ZHEJIANG, new JobPoster("PARTNER", "zj-hr"))
        .readableBy(new Actor("staff-33", Set.of(Actor.Role.STAFF), Optional.of(Region.ZHEJIANG))));
  }
}
