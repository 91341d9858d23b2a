package org.laborbridge.matching.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.matching.domain.CandidateProfile;
import org.laborbridge.matching.domain.JobOffer;
import org.laborbridge.matching.domain.Match;
import org.laborbridge.matching.domain.PushRequests;
import org.laborbridge.shared.message.Envelope;
import org.laborbridge.shared.message.EnvelopeCodec;
import org.laborbridge.shared.time.ProgrammeClock;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Puts {@code push.requested} envelopes on the push queue (docs/api/events.md), ten to a SendMessageBatch. The
 * envelope id follows from the job and the worker, so a match whose push is asked for again (a run cut short,
 * a duplicated job message racing the first) is still one push: the push function drops a repeated id.
 */
public final class SqsPushRequests implements PushRequests {

  public static final String SOURCE = "laborbridge.matching";
  public static final String PUSH_REQUESTED = "push.requested";
  /** Message attributes, as the jobs function sets them: route or drop by type without parsing the body. */
  public static final String TYPE_ATTRIBUTE = "type";
  public static final String SENT_AT_ATTRIBUTE = "sentAt";

  private static final int BATCH = 10;
  // Exact: amounts go out as they came in.
  private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

  private final SqsClient sqs;
  private final String queueUrl;
  private final ProgrammeClock clock;

  public SqsPushRequests(SqsClient sqs, String queueUrl, ProgrammeClock clock) {
    this.sqs = sqs;
    this.queueUrl = queueUrl;
    this.clock = clock;
  }

  /** The id of the push of one job to one worker, however often it is asked for. */
  public static String pushId(String jobId, String workerId) {
    return UUID.nameUUIDFromBytes(String.join("\u001f", PUSH_REQUESTED, jobId, workerId)
        .getBytes(StandardCharsets.UTF_8)).toString();
  }

  @Override
  public void request(List<PushRequest> pushes) {
    for (int from = 0; from < pushes.size(); from += BATCH) {
      List<PushRequest> batch = pushes.subList(from, Math.min(from + BATCH, pushes.size()));
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
      String sentAt = clock.now().toString();
      for (int i = 0; i < batch.size(); i++) {
        PushRequest push = batch.get(i);
        entries.add(SendMessageBatchRequestEntry.builder()
            .id(Integer.toString(i))
            .messageBody(EnvelopeCodec.toJson(envelope(push)))
            .messageAttributes(Map.of(TYPE_ATTRIBUTE, stringAttribute(PUSH_REQUESTED), SENT_AT_ATTRIBUTE,
                stringAttribute(sentAt)))
            .build());
      }
      SendMessageBatchResponse response = sqs.sendMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
      if (response.hasFailed() && !response.failed().isEmpty()) {
        // The message is retried; the pushes already queued keep their ids, so they are not repeated.
        throw new IllegalStateException("push queue refused " + response.failed().size() + " of " + batch.size()
            + " pushes: " + response.failed().get(0).code());
      }
    }
  }

  static Envelope envelope(PushRequest push) {
    Match match = push.match();
    return new Envelope(pushId(match.jobId(), match.workerId()), PUSH_REQUESTED, match.matchedAt(), SOURCE,
        data(match, push.job(), push.worker()));
  }

  private static ObjectNode data(Match match, JobOffer job, CandidateProfile worker) {
    ObjectNode data = JSON.objectNode();
    data.put("workerId", match.workerId());
    data.put("jobId", match.jobId());
    data.put("jobVersion", match.jobVersion());
    data.put("score", plain(match.score()));
    strings(data.putArray("reasons"), match.reasons());
    data.put("matchedAt", match.matchedAt().toString());

    ObjectNode to = data.putObject("worker");
    to.put("homeRegion", worker.homeRegion().code());
    putOptional(to, "ownerSubject", worker.ownerSubject());
    strings(to.putArray("priorityGroups"), worker.priorityGroups().stream().sorted().toList());
    strings(to.putArray("channels"), worker.channels().stream().sorted().toList());

    ObjectNode about = data.putObject("job");
    about.put("title", job.title());
    putOptional(about, "employerName", job.employerName());
    about.put("region", job.region().code());
    about.put("countyCode", job.countyCode());
    putOptional(about, "city", job.city());
    ObjectNode salary = about.putObject("salary");
    salary.put("min", plain(job.pay().min()));
    salary.put("max", plain(job.pay().max()));
    salary.put("unit", job.pay().unit());
    salary.put("monthlyMinimum", plain(job.pay().monthlyMinimum()));
    about.put("accommodationOffered", job.accommodationOffered());
    about.put("transportOffered", job.transportOffered());
    putOptional(about, "laborBrand", job.laborBrand());
    about.put("validThrough", job.validThrough().toString());
    about.putObject("postedBy").put("kind", job.postedBy().kind()).put("id", job.postedBy().id());
    return data;
  }

  private static void strings(ArrayNode array, Collection<String> values) {
    values.forEach(array::add);
  }

  private static void putOptional(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  // Never in exponent form (1E+3), which some consumers' parsers refuse.
  private static BigDecimal plain(BigDecimal amount) {
    return new BigDecimal(amount.toPlainString());
  }

  private static MessageAttributeValue stringAttribute(String value) {
    return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
  }
}
