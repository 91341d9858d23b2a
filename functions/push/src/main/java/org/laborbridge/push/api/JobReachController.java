package org.laborbridge.push.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.Paging;
import org.laborbridge.push.domain.ShowJobReach;
import org.laborbridge.shared.access.Actor;

/** Whom a job reached, for its poster and staff of its region. */
@Controller("/v1/jobs/{id}/matches")
class JobReachController {

  private final ShowJobReach showJobReach;

  JobReachController(ShowJobReach showJobReach) {
    this.showJobReach = showJobReach;
  }

  @Get
  JobReachView jobReach(@Caller Actor actor, String id, @Nullable @QueryValue String cursor, @Nullable @QueryValue String limit) {
    return JobReachView.of(showJobReach.reach(id, actor, Paging.of(cursor, limit)));
  }
}
