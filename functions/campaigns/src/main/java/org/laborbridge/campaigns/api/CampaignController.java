package org.laborbridge.campaigns.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import org.laborbridge.campaigns.domain.Campaign;
import org.laborbridge.campaigns.domain.CampaignPlan;
import org.laborbridge.campaigns.domain.CampaignStatus;
import org.laborbridge.campaigns.domain.Ids;
import org.laborbridge.campaigns.domain.ManageCampaigns;
import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.Dates;
import org.laborbridge.platform.http.FieldCheck;
import org.laborbridge.platform.http.PageView;
import org.laborbridge.platform.http.Paging;
import org.laborbridge.platform.http.Roles;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.time.ProgrammeClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * The campaign calendar: anyone signed in reads it by year; staff add campaigns and change them from the version
 * they read (the calendar is the joint programme's, so staff of any region keep it; every change records who).
 */
@Controller("/v1/campaigns")
class CampaignController {

  private static final Logger LOG = LoggerFactory.getLogger(CampaignController.class);
  static final int FIRST_YEAR = 2020;
  static final int YEARS_AHEAD = 5;

  private final ManageCampaigns campaigns;
  private final ProgrammeClock clock;

  CampaignController(ManageCampaigns campaigns, ProgrammeClock clock) {
    this.campaigns = campaigns;
    this.clock = clock;
  }

  @Get
  PageView<CampaignView> listCampaigns(@Caller Actor actor, @Nullable @QueryValue String year,
      @Nullable @QueryValue String cursor, @Nullable @QueryValue String limit) {
    int thisYear = clock.today().getYear();
    int of = year == null || year.isBlank() ? thisYear : year(year, thisYear);
    return PageView.of(campaigns.list(of, Paging.of(cursor, limit)), CampaignView::of);
  }

  @Get("/{id}")
  CampaignView getCampaign(@Caller Actor actor, String id) {
    return CampaignView.of(campaigns.find(id));
  }

  /** What a send day did in each region: staff follow a fan-out here (and support answers "did it go out?"). */
  @Get("/{id}/days/{day}")
  CampaignDayView getCampaignDay(@Caller Actor actor, String id, String day) {
    Roles.require(actor, Actor.Role.STAFF);
    return CampaignDayView.of(campaigns.day(id, Dates.parse("day", day)));
  }

  @Post
  HttpResponse<CampaignView> addCampaign(@Caller Actor actor, @Body CampaignBody body) {
    Roles.require(actor, Actor.Role.STAFF);
    FieldCheck check = new FieldCheck();
    if (!Ids.isCampaignId(body.id())) {
      check.fail("id", "must be 3 to 64 lower-case letters, digits or dashes, e.g. spring-breeze-2027");
    }
    if (body.version() != null || body.status() != null) {
      check.fail(body.version() != null ? "version" : "status", "is for changing a campaign (PUT), not adding one");
    }
    CampaignPlan plan = body.toPlan(check);
    ManageCampaigns.Saved saved = campaigns.create(actor, body.id(), plan);
    Campaign campaign = saved.campaign();
    LOG.info("campaign.added outcome={} campaign={} year={}", saved.created() ? "CREATED" : "EXISTING", campaign.id(),
        campaign.year());
    CampaignView view = CampaignView.of(campaign);
    return saved.created() ? HttpResponse.created(view, URI.create("/v1/campaigns/" + campaign.id()))
        : HttpResponse.ok(view);
  }

  @Put("/{id}")
  CampaignView changeCampaign(@Caller Actor actor, String id, @Body CampaignBody body) {
    Roles.require(actor, Actor.Role.STAFF);
    FieldCheck check = new FieldCheck();
    if (body.id() != null && !body.id().equals(id)) {
      check.fail("id", "a campaign keeps its id; leave it out or repeat the one in the path");
    }
    if (body.version() == null || body.version() < 1) {
      check.fail("version", "is required: the version you read (a change from an older one is refused)");
    }
    CampaignStatus status = body.statusOrScheduled(check);
    CampaignPlan plan = body.toPlan(check);
    ManageCampaigns.Saved saved = campaigns.change(actor, id, plan, status, body.version());
    LOG.info("campaign.changed outcome={} campaign={} version={} status={}", saved.created() ? "CHANGED" : "EXISTING",
        id, saved.campaign().version(), saved.campaign().status());
    return CampaignView.of(saved.campaign());
  }

  private static int year(String text, int thisYear) {
    try {
      int year = Integer.parseInt(text.trim());
      if (year >= FIRST_YEAR && year <= thisYear + YEARS_AHEAD) {
        return year;
      }
    } catch (NumberFormatException notANumber) {
      // Answered below, with the range.
    }
    throw new InvalidValue("year", "must be a year from " + FIRST_YEAR + " to " + (thisYear + YEARS_AHEAD));
  }
}
