package org.laborbridge.reports.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.FieldCheck;
import org.laborbridge.platform.http.PageView;
import org.laborbridge.platform.http.Paging;
import org.laborbridge.platform.http.Roles;
import org.laborbridge.reports.domain.Period;
import org.laborbridge.reports.domain.ReadReports;
import org.laborbridge.reports.domain.ReportEntry;
import org.laborbridge.reports.domain.ReportKind;
import org.laborbridge.reports.domain.RequestReport;
import org.laborbridge.shared.access.Actor;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/** Staff of any region ask for reports and read them: the cooperation reports on all nine regions together. */
@Controller("/v1/reports")
class ReportController {

  private static final Logger LOG = LoggerFactory.getLogger("reports");

  private final RequestReport requestReport;
  private final ReadReports readReports;

  ReportController(RequestReport requestReport, ReadReports readReports) {
    this.requestReport = requestReport;
    this.readReports = readReports;
  }

  /** Queues the report's generation: 202 with the report, whose status turns READY once its files are written. */
  @Post
  @ApiResponse(responseCode = "202", description = "Queued; Location names the report",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)))
  @ApiResponse(responseCode = "400", description = "A bad kind or period (problem+json, field errors)")
  @ApiResponse(responseCode = "403", description = "Not staff")
  HttpResponse<ReportView> requestReport(@Caller Actor actor, @Nullable @Body ReportBody body) {
    Roles.require(actor, Actor.Role.STAFF);
    Period period = (body == null ? new ReportBody(null, null) : body).toPeriod();
    ReportEntry entry = requestReport.request(period, actor.subject());
    LOG.info("report.requested report={}", entry.id());
    return HttpResponse.<ReportView>accepted(URI.create("/v1/reports/" + entry.id())).body(ReportView.of(entry, Map.of()));
  }

  @Get
  PageView<ReportView> listReports(@Caller Actor actor, @Nullable @QueryValue String kind,
      @Nullable @QueryValue String cursor, @Nullable @QueryValue String limit) {
    Roles.require(actor, Actor.Role.STAFF);
    FieldCheck check = new FieldCheck();
    Optional<ReportKind> of = Optional.ofNullable(kind == null ? null : check.oneOf("kind", kind, ReportKind.class));
    check.throwIfAny();
    return PageView.of(readReports.list(of, Paging.of(cursor, limit)), entry -> ReportView.of(entry, Map.of()));
  }

  /** The report and, once generated, a presigned download link per file (valid for minutes, see expiresAt). */
  @Get("/{id}")
  @ApiResponse(responseCode = "200", description = "The report, with download links once generated",
      content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportView.class)))
  @ApiResponse(responseCode = "404", description = "No such report (never asked for)")
  ReportView getReport(@Caller Actor actor, String id) {
    Roles.require(actor, Actor.Role.STAFF);
    ReadReports.WithLinks report = readReports.find(id);
    return ReportView.of(report.entry(), report.links());
  }
}
