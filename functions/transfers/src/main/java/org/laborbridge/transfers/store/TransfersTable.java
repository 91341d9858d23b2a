package org.laborbridge.transfers.store;

import org.laborbridge.platform.dynamo.Attributes;
import org.laborbridge.platform.dynamo.DynamoWebhookReceipts;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.region.Region;
import org.laborbridge.transfers.domain.By;
import org.laborbridge.transfers.domain.ContributionSummary;
import org.laborbridge.transfers.domain.DeadlineFlag;
import org.laborbridge.transfers.domain.Document;
import org.laborbridge.transfers.domain.FundsSent;
import org.laborbridge.transfers.domain.OutForm;
import org.laborbridge.transfers.domain.TransferReason;
import org.laborbridge.transfers.domain.TransferRequest;
import org.laborbridge.transfers.domain.TransferSide;
import org.laborbridge.transfers.domain.TransferState;
import org.laborbridge.transfers.domain.TransferSummary;
import org.laborbridge.transfers.domain.Transition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.laborbridge.platform.dynamo.Attributes.n;
import static org.laborbridge.platform.dynamo.Attributes.optionalString;
import static org.laborbridge.platform.dynamo.Attributes.putOptional;
import static org.laborbridge.platform.dynamo.Attributes.s;
import static org.laborbridge.platform.dynamo.Attributes.string;

/**
 * The transfers table (template.yaml TransfersTable: pk/sk, two sparse keys-only deadline indexes, three list
 * indexes projecting a list line, TTL on expiresAt). The one place that knows its names and layout.
 *
 * <pre>
 * transfer   pk TRANSFER#id        sk TRANSFER                    the request: state, reachedAt (a time per state),
 *                                                                 forms, deadlines, flags, trail, version
 *              + gsi1pk OUTDUE#yyyy-MM-dd  gsi1sk id               only while the transfer-out side is due
 *              + gsi2pk DUE#yyyy-MM-dd     gsi2sk id               only while the transfer is open and not flagged
 *              + gsi3pk IN#region          gsi3sk submittedAt#id   always: the transfer-in region's worklist
 *              + gsi4pk OUT#region         gsi4sk submittedAt#id   always: the transfer-out region's worklist
 *              + gsi5pk WORKER#workerId    gsi5sk submittedAt#id   always: the worker's own list
 * document   pk TRANSFER#id        sk DOC#nnn                     id, name, contentType, size, addedBy, addedAt
 *                                                                 (nnn: its number on the transfer, from 001)
 * open slot  pk WORKER#workerId    sk OPEN                        transferId, claimedAt: one open transfer a worker
 * receipt    pk PARTNER#partnerId  sk WEBHOOK#webhookId           status, body, claimedUntil, expiresAt (TTL)
 * mark       pk DEADLINES          sk CHECKED_THROUGH             day: the last due day the daily check went through
 * </pre>
 *
 * The deadline indexes are sparse: a transfer is in one only while the daily check must watch it for that
 * deadline, so the check reads one partition per passed day and meets only candidates (no Scan). The three list
 * indexes hold every transfer, newest application last in key order (read backwards), and project only what a list
 * line shows ({@link #LIST_ATTRIBUTES}). Every key is derived from the record in {@link #toItem}, so the one write
 * of a step keeps all of them current. Due days are Shanghai dates; times are ISO-8601 UTC instants, except in list
 * sort keys, where they are fixed-width (nine fraction digits) so that text order is time order.
 */
public final class TransfersTable {

  public static final String PK = "pk";
  public static final String SK = "sk";
  public static final String GSI1PK = "gsi1pk";
  public static final String GSI1SK = "gsi1sk";
  public static final String GSI2PK = "gsi2pk";
  public static final String GSI2SK = "gsi2sk";
  public static final String GSI3PK = "gsi3pk";
  public static final String GSI3SK = "gsi3sk";
  public static final String GSI4PK = "gsi4pk";
  public static final String GSI4SK = "gsi4sk";
  public static final String GSI5PK = "gsi5pk";
  public static final String GSI5SK = "gsi5sk";
  /** The TTL attribute (epoch seconds), on webhook receipts only. */
  public static final String EXPIRES_AT = DynamoWebhookReceipts.EXPIRES_AT;
  public static final String TRANSFER_OUT_DUE_INDEX = "transferOutDue";
  public static final String OVERALL_DUE_INDEX = "overallDue";
  public static final String TRANSFER_IN_INDEX = "byTransferIn";
  public static final String TRANSFER_OUT_INDEX = "byTransferOut";
  public static final String WORKER_INDEX = "byWorker";

  static final List<String> KEY = List.of(PK, SK);

  public static final String TRANSFER_PREFIX = "TRANSFER#";
  public static final String TRANSFER_SK = "TRANSFER";
  public static final String DOCUMENT_PREFIX = "DOC#";
  public static final String WORKER_PREFIX = "WORKER#";
  public static final String OPEN_SK = "OPEN";
  public static final String PARTNER_PREFIX = "PARTNER#";
  public static final String WEBHOOK_PREFIX = "WEBHOOK#";
  public static final String MARK_PK = "DEADLINES";
  public static final String MARK_SK = "CHECKED_THROUGH";
  public static final String OUT_DUE_PREFIX = "OUTDUE#";
  public static final String OVERALL_DUE_PREFIX = "DUE#";
  public static final String IN_PREFIX = "IN#";
  public static final String OUT_PREFIX = "OUT#";

  static final String ID = "id";
  static final String WORKER_ID = "workerId";
  static final String APPLICANT = "applicant";
  static final String WORKER_ACCOUNT = "workerAccount";
  static final String TRANSFER_OUT = "transferOut";
  static final String TRANSFER_IN = "transferIn";
  static final String REGION = "region";
  static final String OFFICE_CODE = "officeCode";
  static final String OFFICE_NAME = "officeName";
  static final String REASON = "reason";
  static final String CONTRIBUTIONS = "contributions";
  static final String CONTRIBUTION_MONTHS = "contributionMonths";
  static final String UNCLAIMED_BENEFIT_MONTHS = "unclaimedBenefitMonths";
  static final String STATE = "state";
  static final String REJECTION_REASON = "rejectionReason";
  static final String OUT_FORM = "outForm";
  static final String UNEMPLOYMENT_BENEFIT = "unemploymentBenefit";
  static final String MEDICAL_SUBSIDY = "medicalSubsidy";
  static final String TRAINING_SUBSIDY = "trainingSubsidy";
  static final String FUNDS_SENT = "fundsSent";
  static final String AMOUNT = "amount";
  static final String PAYMENT_REFERENCE = "paymentReference";
  static final String REACHED_AT = "reachedAt";
  static final String TRANSFER_OUT_DUE_ON = "transferOutDueOn";
  static final String OVERALL_DUE_ON = "overallDueOn";
  static final String FLAGS = "flags";
  static final String DEADLINE = "deadline";
  static final String DUE_ON = "dueOn";
  static final String FLAGGED_AT = "flaggedAt";
  static final String TRAIL = "trail";
  static final String KIND = "kind";
  static final String AT = "at";
  static final String FROM = "from";
  static final String TO = "to";
  static final String NOTE = "note";
  static final String DOCUMENT_COUNT = "documentCount";
  static final String VERSION = "version";
  static final String MODIFIED_AT = "modifiedAt";
  static final String TRANSFER_ID = "transferId";
  static final String CLAIMED_AT = "claimedAt";
  static final String NAME = "name";
  static final String CONTENT_TYPE = "contentType";
  static final String SIZE = "size";
  static final String ADDED_BY = "addedBy";
  static final String ADDED_AT = "addedAt";
  static final String DAY = "day";

  /** What the list indexes project beyond the keys: a list line, never forms, trail or free text but office names. */
  public static final List<String> LIST_ATTRIBUTES = List.of(ID, WORKER_ID, TRANSFER_OUT, TRANSFER_IN, REASON, STATE,
      REACHED_AT, MODIFIED_AT, TRANSFER_OUT_DUE_ON, OVERALL_DUE_ON, FLAGS);

  /** Submission times in list sort keys: fixed width, so that text order is time order. */
  private static final DateTimeFormatter LIST_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
      .withZone(ZoneOffset.UTC);
  private static final Pattern LIST_SORT_KEY = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{9}Z#([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

  /** One list index: its name, key attributes, and partition for an owner (a region code or a worker id). */
  public record ListIndex(String name, String pk, String sk, String prefix) {
    public String partition(String owner) {
      return prefix + owner;
    }

    /** The attributes of a key to resume a query of this index after. */
    public List<String> resumeKey() {
      return List.of(PK, SK, pk, sk);
    }

    /**
     * Whether a resume key a caller sent back lies in {@code partition}: a transfer item's key, this index's
     * partition, and a sort key naming the same transfer. Anything else was not given out by this list.
     */
    public boolean holds(Map<String, String> key, String partition) {
      java.util.regex.Matcher sortKey = LIST_SORT_KEY.matcher(key.get(sk));
      return partition.equals(key.get(pk)) && TRANSFER_SK.equals(key.get(SK)) && sortKey.matches()
          && key.get(PK).equals(TRANSFER_PREFIX + sortKey.group(1));
    }
  }

  public static final ListIndex BY_TRANSFER_IN = new ListIndex(TRANSFER_IN_INDEX, GSI3PK, GSI3SK, IN_PREFIX);
  public static final ListIndex BY_TRANSFER_OUT = new ListIndex(TRANSFER_OUT_INDEX, GSI4PK, GSI4SK, OUT_PREFIX);
  public static final ListIndex BY_WORKER = new ListIndex(WORKER_INDEX, GSI5PK, GSI5SK, WORKER_PREFIX);

  private TransfersTable() {}

  static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of(PK, s(pk), SK, s(sk));
  }

  // ------------------------------------------------------------------ transfers

  static Map<String, AttributeValue> transferKey(String id) {
    return key(TRANSFER_PREFIX + id, TRANSFER_SK);
  }

  static String duePartition(DeadlineFlag.Deadline deadline, LocalDate day) {
    return (deadline == DeadlineFlag.Deadline.TRANSFER_OUT ? OUT_DUE_PREFIX : OVERALL_DUE_PREFIX) + day;
  }

  static String indexOf(DeadlineFlag.Deadline deadline) {
    return deadline == DeadlineFlag.Deadline.TRANSFER_OUT ? TRANSFER_OUT_DUE_INDEX : OVERALL_DUE_INDEX;
  }

  static String indexPk(DeadlineFlag.Deadline deadline) {
    return deadline == DeadlineFlag.Deadline.TRANSFER_OUT ? GSI1PK : GSI2PK;
  }

  static Map<String, AttributeValue> toItem(TransferRequest t) {
    Map<String, AttributeValue> item = new HashMap<>(transferKey(t.id()));
    item.put(ID, s(t.id()));
    item.put(WORKER_ID, s(t.workerId()));
    item.put(APPLICANT, by(t.applicant()));
    putOptional(item, WORKER_ACCOUNT, t.workerAccount());
    item.put(TRANSFER_OUT, side(t.transferOut()));
    item.put(TRANSFER_IN, side(t.transferIn()));
    item.put(REASON, s(t.reason().name()));
    if (t.contributions() != null) {
      item.put(CONTRIBUTIONS, AttributeValue.fromM(Map.of(
          CONTRIBUTION_MONTHS, n(t.contributions().contributionMonths()),
          UNCLAIMED_BENEFIT_MONTHS, n(t.contributions().unclaimedBenefitMonths()))));
    }
    item.put(STATE, s(t.state().name()));
    putOptional(item, REJECTION_REASON, t.rejectionReason());
    if (t.outForm() != null) {
      OutForm f = t.outForm();
      item.put(OUT_FORM, AttributeValue.fromM(Map.of(
          CONTRIBUTION_MONTHS, n(f.contributionMonths()), UNCLAIMED_BENEFIT_MONTHS, n(f.unclaimedBenefitMonths()),
          UNEMPLOYMENT_BENEFIT, n(f.unemploymentBenefit()), MEDICAL_SUBSIDY, n(f.medicalSubsidy()),
          TRAINING_SUBSIDY, n(f.trainingSubsidy()))));
    }
    if (t.fundsSent() != null) {
      item.put(FUNDS_SENT, AttributeValue.fromM(Map.of(AMOUNT, n(t.fundsSent().amount()),
          PAYMENT_REFERENCE, s(t.fundsSent().paymentReference()))));
    }
    Map<String, AttributeValue> reached = new LinkedHashMap<>();
    t.reachedAt().forEach((state, at) -> reached.put(state.name(), s(at.toString())));
    item.put(REACHED_AT, AttributeValue.fromM(reached));
    putOptional(item, TRANSFER_OUT_DUE_ON, t.transferOutDueOn());
    item.put(OVERALL_DUE_ON, s(t.overallDueOn().toString()));
    item.put(FLAGS, AttributeValue.fromL(t.flags().stream().map(f -> AttributeValue.fromM(Map.of(
        DEADLINE, s(f.deadline().name()), DUE_ON, s(f.dueOn().toString()), FLAGGED_AT, s(f.flaggedAt().toString()))))
        .toList()));
    item.put(TRAIL, AttributeValue.fromL(t.trail().stream().map(TransfersTable::transition).toList()));
    item.put(DOCUMENT_COUNT, n(t.documentCount()));
    item.put(VERSION, n(t.version()));
    item.put(MODIFIED_AT, s(t.modifiedAt().toString()));
    // The sparse deadline indexes: present only while the daily check must watch the transfer.
    t.watchedDueOn(DeadlineFlag.Deadline.TRANSFER_OUT).ifPresent(day -> {
      item.put(GSI1PK, s(duePartition(DeadlineFlag.Deadline.TRANSFER_OUT, day)));
      item.put(GSI1SK, s(t.id()));
    });
    t.watchedDueOn(DeadlineFlag.Deadline.OVERALL).ifPresent(day -> {
      item.put(GSI2PK, s(duePartition(DeadlineFlag.Deadline.OVERALL, day)));
      item.put(GSI2SK, s(t.id()));
    });
    // The list indexes: every transfer, by its two regions and its worker, in order of application.
    String listed = listSortKey(t.submittedAt(), t.id());
    item.put(GSI3PK, s(BY_TRANSFER_IN.partition(t.transferIn().region().code())));
    item.put(GSI3SK, s(listed));
    item.put(GSI4PK, s(BY_TRANSFER_OUT.partition(t.transferOut().region().code())));
    item.put(GSI4SK, s(listed));
    item.put(GSI5PK, s(BY_WORKER.partition(t.workerId())));
    item.put(GSI5SK, s(listed));
    return item;
  }

  static String listSortKey(Instant submittedAt, String id) {
    return LIST_TIME.format(submittedAt) + "#" + id;
  }

  /** A list line from an item of a list index (which projects {@link #LIST_ATTRIBUTES}). */
  static TransferSummary toSummary(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> reached = item.get(REACHED_AT).m();
    return new TransferSummary(string(item, ID), string(item, WORKER_ID), toSide(item.get(TRANSFER_OUT).m()),
        toSide(item.get(TRANSFER_IN).m()), TransferReason.valueOf(string(item, REASON)),
        TransferState.valueOf(string(item, STATE)), Instant.parse(string(reached, TransferState.SUBMITTED.name())),
        Instant.parse(string(item, MODIFIED_AT)),
        optionalString(item, TRANSFER_OUT_DUE_ON).map(LocalDate::parse).orElse(null),
        LocalDate.parse(string(item, OVERALL_DUE_ON)), toFlags(item));
  }

  private static List<DeadlineFlag> toFlags(Map<String, AttributeValue> item) {
    return item.get(FLAGS).l().stream().map(AttributeValue::m).map(m -> new DeadlineFlag(
        DeadlineFlag.Deadline.valueOf(string(m, DEADLINE)), LocalDate.parse(string(m, DUE_ON)),
        Instant.parse(string(m, FLAGGED_AT)))).toList();
  }

  static TransferRequest toTransfer(Map<String, AttributeValue> item) {
    Map<TransferState, Instant> reached = new EnumMap<>(TransferState.class);
    item.get(REACHED_AT).m().forEach((state, at) -> reached.put(TransferState.valueOf(state), Instant.parse(at.s())));
    return new TransferRequest(
        string(item, ID),
        string(item, WORKER_ID),
        toBy(item.get(APPLICANT).m()),
        optionalString(item, WORKER_ACCOUNT).orElse(null),
        toSide(item.get(TRANSFER_OUT).m()),
        toSide(item.get(TRANSFER_IN).m()),
        TransferReason.valueOf(string(item, REASON)),
        Optional.ofNullable(item.get(CONTRIBUTIONS)).map(AttributeValue::m).map(m -> new ContributionSummary(
            (int) Attributes.number(m, CONTRIBUTION_MONTHS), (int) Attributes.number(m, UNCLAIMED_BENEFIT_MONTHS)))
            .orElse(null),
        TransferState.valueOf(string(item, STATE)),
        optionalString(item, REJECTION_REASON).orElse(null),
        Optional.ofNullable(item.get(OUT_FORM)).map(AttributeValue::m).map(m -> new OutForm(
            (int) Attributes.number(m, CONTRIBUTION_MONTHS), (int) Attributes.number(m, UNCLAIMED_BENEFIT_MONTHS),
            decimal(m, UNEMPLOYMENT_BENEFIT), decimal(m, MEDICAL_SUBSIDY), decimal(m, TRAINING_SUBSIDY))).orElse(null),
        Optional.ofNullable(item.get(FUNDS_SENT)).map(AttributeValue::m).map(m -> new FundsSent(decimal(m, AMOUNT),
            string(m, PAYMENT_REFERENCE))).orElse(null),
        reached,
        optionalString(item, TRANSFER_OUT_DUE_ON).map(LocalDate::parse).orElse(null),
        LocalDate.parse(string(item, OVERALL_DUE_ON)),
        toFlags(item),
        item.get(TRAIL).l().stream().map(AttributeValue::m).map(TransfersTable::toTransition).toList(),
        (int) Attributes.number(item, DOCUMENT_COUNT),
        Attributes.number(item, VERSION),
        Instant.parse(string(item, MODIFIED_AT)));
  }

  private static AttributeValue side(TransferSide side) {
    Map<String, AttributeValue> map = new HashMap<>();
    map.put(REGION, s(side.region().code()));
    map.put(OFFICE_CODE, s(side.officeCode().value()));
    putOptional(map, OFFICE_NAME, side.officeName());
    return AttributeValue.fromM(map);
  }

  private static TransferSide toSide(Map<String, AttributeValue> map) {
    return new TransferSide(Region.ofCode(string(map, REGION)), CountyCode.parse(string(map, OFFICE_CODE)),
        optionalString(map, OFFICE_NAME).orElse(null));
  }

  private static AttributeValue by(By by) {
    Map<String, AttributeValue> map = new HashMap<>();
    map.put(KIND, s(by.kind().name()));
    map.put(ID, s(by.id()));
    by.region().ifPresent(region -> map.put(REGION, s(region.code())));
    return AttributeValue.fromM(map);
  }

  private static By toBy(Map<String, AttributeValue> map) {
    return new By(By.Kind.valueOf(string(map, KIND)), string(map, ID), optionalString(map, REGION).map(Region::ofCode));
  }

  private static AttributeValue transition(Transition t) {
    Map<String, AttributeValue> map = new HashMap<>();
    map.put("by", by(t.by()));
    map.put(AT, s(t.at().toString()));
    putOptional(map, FROM, t.from());
    map.put(TO, s(t.to().name()));
    putOptional(map, NOTE, t.note());
    return AttributeValue.fromM(map);
  }

  private static Transition toTransition(Map<String, AttributeValue> map) {
    return new Transition(toBy(map.get("by").m()), Instant.parse(string(map, AT)),
        optionalString(map, FROM).map(TransferState::valueOf).orElse(null), TransferState.valueOf(string(map, TO)),
        optionalString(map, NOTE).orElse(null));
  }

  private static BigDecimal decimal(Map<String, AttributeValue> map, String name) {
    return Attributes.decimal(map, name).orElseThrow(() -> new IllegalStateException("stored item lacks " + name));
  }

  // ------------------------------------------------------------------ documents

  /** Numbered on their transfer, so the key order is the order they were added in. */
  static Map<String, AttributeValue> documentItem(Document d, int number) {
    Map<String, AttributeValue> item = new HashMap<>(key(TRANSFER_PREFIX + d.transferId(),
        DOCUMENT_PREFIX + String.format("%03d", number)));
    item.put(ID, s(d.id()));
    item.put(TRANSFER_ID, s(d.transferId()));
    item.put(NAME, s(d.name()));
    item.put(CONTENT_TYPE, s(d.type().contentType()));
    item.put(SIZE, n(d.size()));
    item.put(ADDED_BY, by(d.addedBy()));
    item.put(ADDED_AT, s(d.addedAt().toString()));
    return item;
  }

  static Document toDocument(Map<String, AttributeValue> item) {
    String type = string(item, CONTENT_TYPE);
    return new Document(string(item, ID), string(item, TRANSFER_ID), string(item, NAME),
        Document.FileType.find(type).orElseThrow(() -> new IllegalStateException("stored document has type " + type)),
        Attributes.number(item, SIZE), toBy(item.get(ADDED_BY).m()), Instant.parse(string(item, ADDED_AT)));
  }

  // ------------------------------------------------------------------ open slots, receipts, the check's mark

  static Map<String, AttributeValue> slotKey(String workerId) {
    return key(WORKER_PREFIX + workerId, OPEN_SK);
  }

  static Map<String, AttributeValue> slotItem(String workerId, String transferId, Instant claimedAt) {
    Map<String, AttributeValue> item = new HashMap<>(slotKey(workerId));
    item.put(WORKER_ID, s(workerId));
    item.put(TRANSFER_ID, s(transferId));
    item.put(CLAIMED_AT, s(claimedAt.toString()));
    return item;
  }

  public static Map<String, AttributeValue> receiptKey(String partnerId, String webhookId) {
    return key(PARTNER_PREFIX + partnerId, WEBHOOK_PREFIX + webhookId);
  }

  static Map<String, AttributeValue> markKey() {
    return key(MARK_PK, MARK_SK);
  }
}
