package org.laborbridge.jobs.store;

import org.laborbridge.jobs.domain.Partner;
import org.laborbridge.jobs.domain.PartnerKind;
import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.platform.dynamo.DynamoWebhookReceipts;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.webhook.WebhookSecret;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.laborbridge.platform.dynamo.Attributes.bool;
import static org.laborbridge.platform.dynamo.Attributes.putOptional;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.string;

/**
 * The partners table (template.yaml PartnersTable, keys only, no index): partners with their webhook
 * secrets, and the webhook deliveries already answered. The one place that knows its names and layout.
 *
 * <pre>
 * partner  pk PARTNERS        sk PARTNER#id          the record; all partners share one partition
 * receipt  pk PARTNER#id      sk WEBHOOK#webhookId   status, body, expiresAt (TTL); while being handled
 *                                                    only claimedUntil and expiresAt (a claim); written by
 *                                                    the platform's DynamoWebhookReceipts
 * </pre>
 *
 * All partners live under one partition key so that staff can list them with a Query, in id order, without
 * a Scan and without a second "directory" item that a half-done write could leave out of step. Partners are
 * a few dozen organisations, so one partition is far from any size or throughput limit; webhook receipts,
 * the busy part, are spread over a partition per partner.
 */
public final class PartnersTable {

  public static final String PK = "pk";
  public static final String SK = "sk";
  /** The TTL attribute of receipts: epoch seconds (written by the platform's DynamoWebhookReceipts). */
  public static final String EXPIRES_AT = DynamoWebhookReceipts.EXPIRES_AT;

  public static final String PARTNERS_PK = "PARTNERS";
  public static final String PARTNER_PREFIX = "PARTNER#";
  public static final String WEBHOOK_PREFIX = "WEBHOOK#";

  static final List<String> KEY = List.of(PK, SK);

  static final String ID = "id";
  static final String NAME = "name";
  static final String REGION_CODE = "regionCode";
  static final String KIND = "kind";
  static final String SECRETS = "secrets";
  static final String CALLBACK_URL = "callbackUrl";
  static final String ENABLED = "enabled";
  static final String CREATED_AT = "createdAt";
  static final String MODIFIED_AT = "modifiedAt";

  private PartnersTable() {}

  static Map<String, AttributeValue> partnerKey(String id) {
    return Map.of(PK, s(PARTNERS_PK), SK, s(PARTNER_PREFIX + id));
  }

  static Map<String, AttributeValue> toItem(Partner partner) {
    Map<String, AttributeValue> item = new HashMap<>(partnerKey(partner.id()));
    item.put(ID, s(partner.id()));
    item.put(NAME, s(partner.name()));
    item.put(REGION_CODE, s(partner.regionCode().value()));
    item.put(KIND, s(partner.kind().wireName()));
    item.put(SECRETS, Attributes.strings(partner.secrets().stream().map(WebhookSecret::encoded).toList()));
    putOptional(item, CALLBACK_URL, partner.callbackUrl());
    item.put(ENABLED, bool(partner.enabled()));
    item.put(CREATED_AT, s(partner.createdAt().toString()));
    item.put(MODIFIED_AT, s(partner.modifiedAt().toString()));
    return item;
  }

  static Partner toPartner(Map<String, AttributeValue> item) {
    String kind = string(item, KIND);
    return new Partner(
        string(item, ID),
        string(item, NAME),
        CountyCode.parse(string(item, REGION_CODE)),
        PartnerKind.fromWire(kind).orElseThrow(() -> new IllegalStateException("stored partner has unknown kind " + kind)),
        Attributes.strings(item, SECRETS).stream().map(WebhookSecret::parse).toList(),
        Attributes.optionalString(item, CALLBACK_URL).map(URI::create).orElse(null),
        Attributes.bool(item, ENABLED),
        Instant.parse(string(item, CREATED_AT)),
        Instant.parse(string(item, MODIFIED_AT)));
  }

  static Map<String, AttributeValue> receiptKey(String partnerId, String webhookId) {
    return Map.of(PK, s(PARTNER_PREFIX + partnerId), SK, s(WEBHOOK_PREFIX + webhookId));
  }
}
