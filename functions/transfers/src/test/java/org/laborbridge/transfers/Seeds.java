package org.laborbridge.transfers;

import org.laborbridge.shared.webhook.WebhookSecret;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Partners and workers as the jobs function registers them, written straight into its tables in the layout its
 * PartnersTable and WorkersTable classes own: the transfers function only reads them. Workers carry a name, an
 * identity number and a phone, which transfers must never copy, log or show.
 */
public final class Seeds {

  public static final String IDENTITY_NUMBER = "11010519491231002X";
  public static final String PHONE = "13812345678";
  public static final String NAME = "Wang Xiaoming";

  private final DynamoDbClient dynamoDb;
  private final String workersTable;
  private final String partnersTable;

  public Seeds(DynamoDbClient dynamoDb, String workersTable, String partnersTable) {
    this.dynamoDb = dynamoDb;
    this.workersTable = workersTable;
    this.partnersTable = partnersTable;
  }

  /** A sample secret: 32 bytes of {@code n}. */
  public static WebhookSecret secret(int n) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) n);
    return WebhookSecret.parse("whsec_" + Base64.getEncoder().encodeToString(key));
  }

  public void partner(String id, String regionCode, String kind, boolean enabled, WebhookSecret secret) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS("PARTNERS"));
    item.put("sk", AttributeValue.fromS("PARTNER#" + id));
    item.put("id", AttributeValue.fromS(id));
    item.put("name", AttributeValue.fromS("Human Resources and Social Security Department " + regionCode));
    item.put("regionCode", AttributeValue.fromS(regionCode));
    item.put("kind", AttributeValue.fromS(kind));
    item.put("secrets", AttributeValue.fromL(List.of(AttributeValue.fromS(secret.encoded()))));
    item.put("enabled", AttributeValue.fromBool(enabled));
    item.put("createdAt", AttributeValue.fromS("2026-11-01T00:00:00Z"));
    item.put("modifiedAt", AttributeValue.fromS("2026-11-01T00:00:00Z"));
    dynamoDb.putItem(r -> r.tableName(partnersTable).item(item));
  }

  /** A worker with a fresh id; {@code ownAccount} null when staff or a partner registered them. */
  public String worker(String homeCounty, String ownAccount) {
    String id = UUID.randomUUID().toString();
    worker(id, homeCounty, ownAccount);
    return id;
  }

  public void worker(String id, String homeCounty, String ownAccount) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("pk", AttributeValue.fromS("WORKER#" + id));
    item.put("sk", AttributeValue.fromS("WORKER"));
    item.put("id", AttributeValue.fromS(id));
    item.put("version", AttributeValue.fromN("1"));
    item.put("name", AttributeValue.fromS(NAME));
    item.put("identityNumber", AttributeValue.fromS(IDENTITY_NUMBER));
    item.put("phone", AttributeValue.fromS(PHONE));
    item.put("homeCounty", AttributeValue.fromS(homeCounty));
    item.put("registeredByKind", AttributeValue.fromS(ownAccount == null ? "STAFF" : "SELF"));
    item.put("registeredById", AttributeValue.fromS(ownAccount == null ? "staff-51" : ownAccount));
    item.put("createdAt", AttributeValue.fromS("2026-11-01T00:00:00Z"));
    item.put("modifiedAt", AttributeValue.fromS("2026-11-01T00:00:00Z"));
    dynamoDb.putItem(r -> r.tableName(workersTable).item(item));
  }
}
