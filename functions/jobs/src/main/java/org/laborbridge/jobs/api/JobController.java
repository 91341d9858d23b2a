package org.laborbridge.jobs.api;

import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.Dates;
import org.laborbridge.platform.http.FieldCheck;
import org.laborbridge.platform.http.PageView;
import org.laborbridge.platform.http.Paging;
import org.laborbridge.platform.http.Roles;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.jobs.domain.ChangeJob;
import org.laborbridge.jobs.domain.FindJobs;
import org.laborbridge.jobs.domain.IdempotencyKey;
import org.laborbridge.jobs.domain.JobStatus;
import org.laborbridge.jobs.domain.PostJob;
import org.laborbridge.jobs.domain.PostedBy;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

import java.net.URI;
import java.util.Optional;

/** Job postings: post, read, list by region, close, and the partners' changes feed. */
@Controller("/v1/jobs")
class JobController {

  private final PostJob postJob;
  private final ChangeJob changeJob;
  private final FindJobs findJobs;
  private final Fingerprints fingerprints;

  JobController(PostJob postJob, ChangeJob changeJob, FindJobs findJobs, Fingerprints fingerprints) {
    this.postJob = postJob;
    this.changeJob = changeJob;
    this.findJobs = findJobs;
    this.fingerprints = fingerprints;
  }

  @Post
  HttpResponse<JobView> postJob(@Caller Actor actor, @Body JobBody body, @Nullable @Header("Idempotency-Key") String idempotencyKey) {
    Roles.require(actor, Actor.Role.EMPLOYER, Actor.Role.STAFF);
    PostedBy by = new PostedBy(actor.has(Actor.Role.EMPLOYER) ? PostedBy.Kind.EMPLOYER : PostedBy.Kind.STAFF, actor.subject());
    Optional<IdempotencyKey> key = Optional.ofNullable(idempotencyKey)
        .map(k -> new IdempotencyKey(k, fingerprints.of(body)));
    PostJob.Posted posted = postJob.post(body.toDomain(), by, key);
    return HttpResponse.<JobView>created(JobView.of(posted.job()), URI.create("/v1/jobs/" + posted.job().id()));
  }

  @Get("/{id}")
  JobView getJob(@Caller Actor actor, String id) {
    return JobView.of(findJobs.byId(id));
  }

  @Get
  PageView<JobView> listJobs(@Caller Actor actor, @Nullable @QueryValue String region, @Nullable @QueryValue String occupation,
      @Nullable @QueryValue String status, @Nullable @QueryValue String cursor, @Nullable @QueryValue String limit) {
    FieldCheck check = new FieldCheck();
    Region inRegion = region == null ? actor.region().orElse(null) : check.value("region", () -> Region.ofCode(region));
    if (inRegion == null && check.ok()) {
      check.fail("region", "is required (or sign in with a region)");
    }
    JobStatus withStatus = status == null ? JobStatus.ACTIVE : check.oneOf("status", status, JobStatus.class);
    OccupationCode ofOccupation = check.optional("occupation", occupation, OccupationCode::parse);
    check.throwIfAny();
    return PageView.of(findJobs.inRegion(inRegion, withStatus, Optional.ofNullable(ofOccupation), Paging.of(cursor, limit)),
        JobView::of);
  }

  @Post("/{id}/close")
  JobView closeJob(@Caller Actor actor, String id) {
    return JobView.of(changeJob.close(id, actor));
  }

  @Get("/changes")
  PageView<JobView> jobChanges(@Caller Actor actor, @Nullable @QueryValue String since, @Nullable @QueryValue String cursor,
      @Nullable @QueryValue String limit) {
    if (since == null || since.isBlank()) {
      throw new InvalidValue("since", "is required: a date and time such as 2026-11-27T00:00:00+08:00");
    }
    return PageView.of(findJobs.changedSince(Dates.instant("since", since), Paging.of(cursor, limit)), JobView::of);
  }
}
