package org.laborbridge.campaigns.store;

import org.laborbridge.campaigns.domain.Audience;
import org.laborbridge.campaigns.domain.AudienceMember;
import org.laborbridge.campaigns.domain.AudiencePage;
import org.laborbridge.platform.dynamo.KeyCursor;
import org.laborbridge.platform.dynamo.QueryPages;
import org.laborbridge.shared.region.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.laborbridge.campaigns.store.WorkersAudienceIndex.*;
import static org.laborbridge.platform.dynamo.Attributes.bool;
import static org.laborbridge.platform.dynamo.Attributes.optionalString;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.strings;

/**
 * Reads, never writes, the consented workers of a home region from WorkersTable's sparse index byConsentedRegion
 * (granted read-only in template.yaml): one Query of at most a page (plus one item to know whether more follow),
 * resuming after the key the previous page ended on. Only the projected attributes are asked for.
 */
public final class DynamoAudience implements Audience {

  private static final List<String> READ = new ArrayList<>();

  static {
    READ.addAll(INDEX_KEY);
    READ.addAll(PROJECTED);
  }

  private final DynamoDbClient dynamoDb;
  private final String tableName;

  public DynamoAudience(DynamoDbClient dynamoDb, String tableName) {
    this.dynamoDb = dynamoDb;
    this.tableName = tableName;
  }

  @Override
  public AudiencePage page(Region homeRegion, Optional<String> cursor, int size) {
    String partition = CONSENTED_PREFIX + homeRegion.code();
    Map<String, String> names = READ.stream().collect(Collectors.toMap(a -> "#" + a, a -> a));
    QueryRequest query = QueryRequest.builder().tableName(tableName).indexName(INDEX)
        .keyConditionExpression("#gsi1pk = :pk")
        .projectionExpression(READ.stream().map(a -> "#" + a).collect(Collectors.joining(", ")))
        .expressionAttributeNames(names)
        .expressionAttributeValues(Map.of(":pk", s(partition)))
        .build();
    // Our own cursor from our own queue: one that does not fit this partition is a broken message (dead letter).
    Map<String, AttributeValue> resume = cursor.map(c -> KeyCursor.decode(c, INDEX_KEY, key ->
        key.get(GSI1PK).equals(partition) && key.get(SK).equals(WORKER_SK)
            && key.get(PK).equals(WORKER_PREFIX + key.get(GSI1SK)))).orElse(Map.of());
    QueryPages.Slice slice = QueryPages.read(dynamoDb, query, resume, size, INDEX_KEY);
    List<AudienceMember> members = new ArrayList<>();
    for (Map<String, AttributeValue> item : slice.items()) {
      member(item, homeRegion).ifPresent(members::add);
    }
    return new AudiencePage(members, slice.resumeAfter().map(KeyCursor::encode));
  }

  /** A worker whose item lacks what a message needs is left out, not a failure of the whole page. */
  private static Optional<AudienceMember> member(Map<String, AttributeValue> item, Region homeRegion) {
    Optional<String> id = optionalString(item, ID);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> owner = optionalString(item, REGISTERED_BY_KIND).filter(SELF_REGISTERED::equals)
        .flatMap(kind -> optionalString(item, REGISTERED_BY_ID));
    return Optional.of(new AudienceMember(id.get(), homeRegion,
        strings(item, DESIRED_REGIONS).stream().map(Region::find).flatMap(Optional::stream).collect(Collectors.toSet()),
        bool(item, ANY_REGION), Set.copyOf(strings(item, PRIORITY_GROUPS)), Set.copyOf(strings(item, CONSENT_CHANNELS)),
        owner));
  }
}
