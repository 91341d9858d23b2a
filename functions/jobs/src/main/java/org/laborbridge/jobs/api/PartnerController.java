package org.laborbridge.jobs.api;

import org.laborbridge.platform.http.Caller;
import org.laborbridge.platform.http.FieldCheck;
import org.laborbridge.platform.http.PageView;
import org.laborbridge.platform.http.Paging;
import org.laborbridge.platform.http.Roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import org.laborbridge.shared.access.Actor;
import org.laborbridge.jobs.domain.ManagePartners;
import org.laborbridge.jobs.domain.Partner;
import org.laborbridge.jobs.domain.PartnerKind;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Staff manage the partners whose systems send signed webhooks: register, list, switch off and on, rotate secrets. */
@Controller("/v1/partners")
class PartnerController {

  private final ManagePartners partners;

  PartnerController(ManagePartners partners) {
    this.partners = partners;
  }

  @Post
  HttpResponse<PartnerView> registerPartner(@Caller Actor actor, @Body PartnerBody body) {
    Roles.require(actor, Actor.Role.STAFF);
    FieldCheck check = new FieldCheck();
    CountyCode region = check.required("regionCode", body.regionCode(), CountyCode::parse);
    PartnerKind kind = check.required("kind", body.kind(), k -> PartnerKind.fromWire(k).orElseThrow(() ->
        new InvalidValue("kind", "must be one of " + Arrays.stream(PartnerKind.values()).map(PartnerKind::wireName)
            .collect(Collectors.joining(", ")))));
    List<WebhookSecret> secrets = PartnerBody.secrets(check, body.secrets());
    URI callback = check.optional("callbackUrl", body.callbackUrl(), PartnerBody::callback);
    check.throwIfAny();
    Partner partner = check.value("", () -> partners.register(body.id(), body.name(), region, kind, secrets, callback));
    check.throwIfAny();
    return HttpResponse.created(PartnerView.of(partner), URI.create("/v1/partners/" + partner.id()));
  }

  @Get
  PageView<PartnerView> listPartners(@Caller Actor actor, @Nullable @QueryValue String cursor, @Nullable @QueryValue String limit) {
    Roles.require(actor, Actor.Role.STAFF);
    return PageView.of(partners.list(Paging.of(cursor, limit)), PartnerView::of);
  }

  @Get("/{id}")
  PartnerView getPartner(@Caller Actor actor, String id) {
    Roles.require(actor, Actor.Role.STAFF);
    return PartnerView.of(partners.find(id));
  }

  @Post("/{id}/disable")
  PartnerView disablePartner(@Caller Actor actor, String id) {
    Roles.require(actor, Actor.Role.STAFF);
    return PartnerView.of(partners.setEnabled(id, false));
  }

  @Post("/{id}/enable")
  PartnerView enablePartner(@Caller Actor actor, String id) {
    Roles.require(actor, Actor.Role.STAFF);
    return PartnerView.of(partners.setEnabled(id, true));
  }

  @Put("/{id}/secrets")
  PartnerView rotatePartnerSecrets(@Caller Actor actor, String id, @Body PartnerBody.SecretsBody body) {
    Roles.require(actor, Actor.Role.STAFF);
    FieldCheck check = new FieldCheck();
    List<WebhookSecret> secrets = PartnerBody.secrets(check, body.secrets());
    check.throwIfAny();
    return PartnerView.of(partners.rotateSecrets(id, secrets));
  }
}
