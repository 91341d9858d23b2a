package org.laborbridge.transfers.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.PageView;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.transfers.domain.ApplyForTransfer;
import org.laborbridge.transfers.domain.By;
import org.laborbridge.transfers.domain.ListTransfers;
import org.laborbridge.transfers.domain.ProgressTransfer;
import org.laborbridge.transfers.domain.ReadTransfer;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Unemployment-insurance transfer requests: the application, and the steps staff take for their own region's side.
 * Regions' systems take the same steps by signed webhooks ({@link TransferWebhookController}).
 */
@Controller("/v1/insurance-transfers")
class TransferController {

  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");

  private final ApplyForTransfer apply;
  private final ProgressTransfer progress;
  private final ReadTransfer read;
  private final ListTransfers lists;

  TransferController(ApplyForTransfer apply, ProgressTransfer progress, ReadTransfer read, ListTransfers lists) {
    this.apply = apply;
    this.progress = progress;
    this.read = read;
    this.lists = lists;
  }

  @Post
  @Operation(summary = "Apply for a transfer at the transfer-in region",
      description = "By the worker's own account, or by staff of the worker's home region or of the transfer-in region. "
          + "422 when both sides are in one province (no transfer needed); 409 when the worker already has an open "
          + "transfer (existingId names it). With an Idempotency-Key a retry returns the first transfer (200).")
  HttpResponse<TransferView> applyForTransfer(@Caller Actor actor, @Body Bodies.ApplicationBody body,
      @Nullable @Header("Idempotency-Key") @Parameter(description = "Optional, 1-128 visible ASCII characters") String idempotencyKey) {
    By by = Callers.by(actor);
    if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      throw new InvalidValue("Idempotency-Key", "must be 1 to 128 visible ASCII characters");
    }
    ApplyForTransfer.Applied applied = apply.apply(Forms.application(body), by, Optional.ofNullable(idempotencyKey));
    TransferView view = TransferView.of(applied.transfer());
    return applied.repeated() ? HttpResponse.ok(view)
        : HttpResponse.created(view, URI.create("/v1/insurance-transfers/" + view.id()));
  }

  @Get
  @Operation(summary = "List transfers: a region's worklist, or one worker's transfers",
      description = "Newest application first, a page at a time (cursor, limit 1-100, default 20). Without workerId: "
          + "staff's worklist of the transfers whose transfer-in (side=in, the default) or transfer-out (side=out) region "
          + "is their region claim. With workerId: that worker's transfers, for the worker's own account or staff of "
          + "the worker's home region (403 otherwise). state keeps one state; overdue=true keeps those flagged late. "
          + "Each item is a summary; the whole transfer is at GET /v1/insurance-transfers/{id}.")
  PageView<TransferSummaryView> listTransfers(@Caller Actor actor,
      @Nullable @QueryValue @Parameter(description = "in (default) or out; not with workerId") String side,
      @Nullable @QueryValue @Parameter(description = "one state, e.g. SUBMITTED") String state,
      @Nullable @QueryValue @Parameter(description = "true: only transfers flagged for a missed deadline") String overdue,
      @Nullable @QueryValue @Parameter(description = "a worker's transfers instead of a worklist") String workerId,
      @Nullable @QueryValue String cursor, @Nullable @QueryValue String limit) {
    By by = Callers.by(actor);
    ListQuery query = ListQuery.parse(workerId, side, state, overdue, cursor, limit);
    return PageView.of(query.workerId()
        .map(worker -> lists.ofWorker(worker, by, query.filter(), query.page()))
        .orElseGet(() -> lists.worklist(by, query.side(), query.filter(), query.page())), TransferSummaryView::of);
  }

  @Get("/{id}")
  @Operation(summary = "Read a transfer: state, forms, deadlines and flags, audit trail",
      description = "For the worker's own account, the applicant, and staff of either region; 404 for anyone else.")
  TransferView getTransfer(@Caller Actor actor, String id) {
    return TransferView.of(read.byId(id, Callers.by(actor)));
  }

  @Post("/{id}/decision")
  @Operation(summary = "Accept or reject (staff of the transfer-in region)",
      description = "Only from SUBMITTED; decisions cannot be withdrawn. Acceptance sends the contact letter "
          + "(transfer.forwarded) to the transfer-out region and the transfer becomes LETTER_SENT. Of two concurrent "
          + "decisions one wins; the other gets 409.")
  TransferView decide(@Caller Actor actor, String id, @Body Bodies.DecisionBody body) {
    By by = Callers.by(actor);
    Forms.Decision decision = Forms.decision("", body);
    // An acceptance's reason is kept as its note on the trail.
    return TransferView.of((decision == Forms.Decision.ACCEPT
        ? Forms.renaming("note", "reason", () -> progress.accept(id, by, body.reason()))
        : progress.reject(id, by, body.reason())).transfer());
  }

  @Post("/{id}/out-confirmation")
  @Operation(summary = "Return the transfer-out information form (staff of the transfer-out region)",
      description = "Only from LETTER_SENT. With under 12 months of contributions only the relationship moves: amounts "
          + "must then be 0 (422 otherwise).")
  TransferView confirmTransferOut(@Caller Actor actor, String id, @Body Bodies.OutConfirmationBody body) {
    By by = Callers.by(actor);
    return TransferView.of(progress.confirmTransferOut(id, by, Forms.outForm("", body)).transfer());
  }

  @Post("/{id}/funds-sent")
  @Operation(summary = "Record the money sent (staff of the transfer-out region)",
      description = "Only from OUT_CONFIRMED, for the total the form confirmed (422 otherwise).")
  TransferView recordFundsSent(@Caller Actor actor, String id, @Body Bodies.FundsSentBody body) {
    By by = Callers.by(actor);
    return TransferView.of(progress.recordFundsSent(id, by, Forms.fundsSent("", body)).transfer());
  }

  @Post("/{id}/completion")
  @Operation(summary = "Complete the transfer (staff of the transfer-in region)",
      description = "From FUNDS_TRANSFERRED, or from OUT_CONFIRMED when no money moves.")
  TransferView complete(@Caller Actor actor, String id, @Nullable @Body Bodies.NoteBody body) {
    By by = Callers.by(actor);
    return TransferView.of(progress.complete(id, by, body == null ? null : body.note()).transfer());
  }

  @Post("/{id}/cancel")
  @Operation(summary = "Cancel the application (the applicant, before the decision)")
  TransferView cancel(@Caller Actor actor, String id, @Nullable @Body Bodies.NoteBody body) {
    By by = Callers.by(actor);
    return TransferView.of(progress.cancel(id, by, body == null ? null : body.note()).transfer());
  }
}
