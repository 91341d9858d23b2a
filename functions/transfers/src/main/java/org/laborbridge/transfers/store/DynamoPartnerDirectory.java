package org.laborbridge.transfers.store;

import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.webhook.WebhookSecret;
import org.laborbridge.transfers.domain.PartnerDirectory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.string;

/**
 * Reads partners from the jobs function's PartnersTable (granted read-only in template.yaml), in the layout jobs'
 * PartnersTable class owns: item {@code PARTNERS}/{@code PARTNER#id} with regionCode (six digits), kind,
 * secrets and enabled. Partners are registered and their secrets rotated through jobs; transfers only reads them.
 */
public final class DynamoPartnerDirectory implements PartnerDirectory {

  static final String PK = "pk";
  static final String SK = "sk";
  static final String PARTNERS_PK = "PARTNERS";
  static final String PARTNER_PREFIX = "PARTNER#";
  static final String ID = "id";
  static final String REGION_CODE = "regionCode";
  static final String KIND = "kind";
  static final String SECRETS = "secrets";
  static final String ENABLED = "enabled";
  /** jobs' PartnerKind.HR_DEPARTMENT on the wire. */
  static final String HR_DEPARTMENT = "hr-department";
  private static final Pattern PARTNER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoPartnerDirectory(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public Optional<RegionPartner> find(String partnerId) {
    if (partnerId == null || !PARTNER_ID.matcher(partnerId).matches()) {
      return Optional.empty();
    }
    // Consistent: a partner switched off or given new secrets must take effect on the next webhook.
    Map<String, AttributeValue> item = dynamoDb.getItem(r -> r.tableName(tableName)
        .key(Map.of(PK, s(PARTNERS_PK), SK, s(PARTNER_PREFIX + partnerId))).consistentRead(true)).item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RegionPartner(string(item, ID), CountyCode.parse(string(item, REGION_CODE)).region(),
        HR_DEPARTMENT.equals(string(item, KIND)), Attributes.bool(item, ENABLED),
        Attributes.strings(item, SECRETS).stream().map(WebhookSecret::parse).toList()));
  }
}
