package org.laborbridge.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.laborbridge.shared.identity.ResidentIdentityNumber;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DynamoDB capacity units per operation, measured on the functions' real handlers in their own JVMs against local
 * AWS: the launcher's SDK interceptor asks every DynamoDB call of the measured invocation for
 * {@code ReturnConsumedCapacity: TOTAL} and adds up what dynalite reports (reads and writes apart). The state each
 * figure needs (workers, a fair's holders, thousands of candidates) is made first through the same handlers, except
 * the bulk of the 100,000 workers, which are copies of the items the matching handler wrote for the first 800.
 */
final class Capacity {

  private static final Pattern OTHER_WORKER = Pattern.compile("bench-other-(\\d{6})");

  private final Workspace workspace;
  private final BenchStack stack;
  private final List<FunctionUnderTest> functions;
  private final int workers;
  private final int holders;
  private final int records;
  private final List<String> rows = new ArrayList<>();

  Capacity(Workspace workspace, BenchStack stack, List<FunctionUnderTest> functions, int workers, int holders, int records) {
    this.workspace = workspace;
    this.stack = stack;
    this.functions = functions;
    this.workers = workers;
    this.holders = holders;
    this.records = records;
  }

  String run() {
    stack.reset();
    Optional<FunctionUnderTest> jobs = runnable("JobsFunction");
    List<String[]> registered = new ArrayList<>();
    if (jobs.isPresent()) {
      registered = jobs(jobs.get());
    } else {
      notMeasured("post a job; register a worker", "JobsFunction");
    }
    Optional<FunctionUnderTest> fairs = runnable("FairsFunction");
    if (fairs.isPresent() && registered.size() >= holders + 1) {
      fairs(fairs.get(), registered);
    } else {
      notMeasured("register for a fair", fairs.isPresent() ? "JobsFunction" : "FairsFunction");
    }
    Optional<FunctionUnderTest> transfers = runnable("TransfersFunction");
    if (transfers.isPresent() && !registered.isEmpty()) {
      transfers(transfers.get(), registered.get(registered.size() - 1)[0]);
    } else {
      notMeasured("one transfer transition", "TransfersFunction");
    }
    Optional<FunctionUnderTest> matching = runnable("MatchingFunction");
    if (matching.isPresent()) {
      matching(matching.get());
    } else {
      notMeasured("match one job", "MatchingFunction");
    }
    Optional<FunctionUnderTest> reports = runnable("ReportsFunction");
    if (reports.isPresent() && jobs.isPresent()) {
      reports(jobs.get(), reports.get());
    } else {
      rows.add(String.format(Locale.ROOT, "| a monthly report | 100 and %,d records | not measured yet: %s | | | | flat |",
          records, reports.isEmpty() ? ColdStart.named(functions, "ReportsFunction").map(FunctionUnderTest::skipped)
              .orElse("no ReportsFunction in template.yaml") : "JobsFunction is not built"));
    }
    return "| operation | scale | function and event | SDK calls (DynamoDB, SQS, S3) | RCU | WCU | goal |\n"
        + "|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
  }

  private Optional<FunctionUnderTest> runnable(String logicalId) {
    return ColdStart.named(functions, logicalId).filter(FunctionUnderTest::runnable);
  }

  private void notMeasured(String what, String function) {
    String why = ColdStart.named(functions, function).map(f -> f.skipped() == null ? "its scenario failed" : f.skipped())
        .orElse(function + " is not in template.yaml");
    rows.add("| " + what + " | | not measured yet: " + why + " | | | | |");
  }

  /** Post a job and register a worker; then register the workers the fair and the transfer need. */
  private List<String[]> jobs(FunctionUnderTest jobs) {
    Path events = workspace.root.resolve("events/jobs");
    Script script = new Script("capacity-jobs");
    script.add("measure:post a job", events.resolve("06-post-job.json"));
    script.add("measure:register a worker", events.resolve("11-register-worker.json"));
    ObjectNode worker = Events.read(events.resolve("11-register-worker.json"));
    for (int i = 0; i < holders + 2; i++) {
      int n = i;
      ObjectNode event = Events.withSubject(Events.withBody(worker, body -> body.put("identityNumber", identityNumber(n))
          .put("phone", String.format("+86138%08d", n))), subject(n));
      script.add("seed:worker " + i, event);
    }
    ChildJvm.Outcome outcome = script.run(jobs);
    record(outcome, "measure:post a job", "post a job", "", "`jobs/06-post-job.json`", "-");
    record(outcome, "measure:register a worker", "register a worker", "", "`jobs/11-register-worker.json`", "-");
    List<String[]> registered = new ArrayList<>();
    for (ChildJvm.Step step : outcome.steps()) {
      if (step.label().startsWith("seed:worker ") && step.outcome().startsWith("HTTP 201")) {
        int n = Integer.parseInt(step.label().substring("seed:worker ".length()));
        registered.add(new String[] {step.outcome().replaceAll(".* id=", ""), subject(n)});
      }
    }
    return registered;
  }

  /** Register for a fair with 10 holders and with {@code holders}: the fair's item grows with its holders map. */
  private void fairs(FunctionUnderTest fairs, List<String[]> workers) {
    Path events = workspace.root.resolve("events/fairs");
    ObjectNode plan = Events.withBody(Events.read(events.resolve("01-plan-fair.json")),
        body -> body.put("seats", holders + 100));
    ObjectNode register = Events.read(events.resolve("04-register-worker.json"));
    Script script = new Script("capacity-fairs");
    script.add("seed:plan", plan);
    for (int i = 0; i <= holders; i++) {
      String[] worker = workers.get(i);
      ObjectNode event = Events.withSubject(Events.withBody(register, body -> body.put("workerId", worker[0])), worker[1]);
      String label = i == 10 ? "measure:register at 10 holders" : i == holders ? "measure:register at " + holders + " holders" : "seed:" + i;
      script.add(label, event);
    }
    ChildJvm.Outcome outcome = script.run(fairs);
    record(outcome, "measure:register at 10 holders", "register for a fair", "10 holders", "`fairs/04-register-worker.json`", "");
    record(outcome, "measure:register at " + holders + " holders", "register for a fair", String.format(Locale.ROOT, "%,d holders", holders),
        "`fairs/04-register-worker.json`", "grows with the holders (see below)");
  }

  /** Staff apply for a worker's transfer; the transfer-in region accepts it: one transition. */
  private void transfers(FunctionUnderTest transfers, String workerId) {
    Path events = workspace.root.resolve("events/transfers");
    Script apply = new Script("capacity-transfers-apply");
    apply.add("seed:apply", Events.withBody(Events.read(events.resolve("09-apply-by-staff.json")), b -> b.put("workerId", workerId)));
    ChildJvm.Outcome applied = apply.run(transfers);
    String answer = applied.steps().isEmpty() ? "failed: " + applied.error() : applied.steps().get(0).outcome();
    if (!answer.contains(" id=")) {
      rows.add("| one transfer transition | | `transfers/10-decision-accept.json`: not measured, the application answered "
          + answer + " | | | | |");
      return;
    }
    String transferId = answer.replaceAll(".* id=", "");
    ObjectNode decide = Events.read(events.resolve("10-decision-accept.json"));
    String sampleId = decide.path("pathParameters").path("id").asText();
    Script script = new Script("capacity-transfers-decide");
    script.add("measure:accept", Events.withPath(decide, sampleId, transferId));
    ChildJvm.Outcome outcome = script.run(transfers);
    record(outcome, "measure:accept", "one transfer transition (accept)", "", "`transfers/10-decision-accept.json` after `09`", "-");
  }

  /**
   * November's monthly report after 100 job posts and after {@code records} (each from an empty stack, so the
   * report is generated both times): the report reads the activity counters, not the records.
   */
  private void reports(FunctionUnderTest jobs, FunctionUnderTest reports) {
    ObjectNode post = Events.read(workspace.root.resolve("events/jobs/06-post-job.json"));
    Path requested = workspace.root.resolve("events/reports/02-report-requested.sqs.json");
    for (int count : List.of(100, records)) {
      stack.reset();
      Script posts = new Script("capacity-report-posts-" + count);
      for (int i = 0; i < count; i++) {
        posts.add("seed:post " + i, Events.withIdempotencyKey(post, "r" + count + "-" + i));
      }
      posts.run(jobs);
      Script report = new Script("capacity-report-" + count);
      report.add("measure:report at " + count, requested);
      ChildJvm.Outcome outcome = report.run(reports);
      record(outcome, "measure:report at " + count, "a monthly report", String.format(Locale.ROOT, "%,d job posts", count),
          "`reports/02-report-requested.sqs.json`", count == 100 ? "" : "flat (ratio below)");
    }
  }

  /** Match one job among 1,000 workers, then among {@code workers}, with the same candidate pool of 200. */
  private void matching(FunctionUnderTest matching) {
    Path events = workspace.root.resolve("events/matching");
    ObjectNode worker = Events.read(events.resolve("01-worker-registered.json"));
    ObjectNode job = Events.read(events.resolve("02-job-posted.json"));
    String[][] elsewhere = {{"50", "52"}, {"53", "54"}, {"64", "35"}, {"51", "50"}};
    String[] otherTrades = {"4-03-02-01", "2-02-10-03", "6-18-03-04", "4-07-05-01"};
    Script seed = new Script("capacity-matching-1000");
    for (int i = 0; i < 1000; i++) {
      int n = i;
      boolean inPool = i < 200;
      String id = inPool ? String.format("bench-pool-%06d", n) : String.format("bench-other-%06d", n);
      ObjectNode event = Events.withEnvelope(worker, envelope -> {
        envelope.put("id", java.util.UUID.nameUUIDFromBytes(id.getBytes()).toString());
        ObjectNode data = (ObjectNode) envelope.path("data");
        data.put("id", id).put("ownerSubject", "bench-sub-" + n);
        if (!inPool) {
          data.putArray("desiredRegions").add(elsewhere[n % 4][0]).add(elsewhere[n % 4][1]);
          data.putArray("occupationCodes").add(otherTrades[n % 4]);
        }
      });
      seed.add("seed:" + id, event);
    }
    seed.add("measure:match at 1000", jobVariant(job, "bench-job-001000"));
    ChildJvm.Outcome first = seed.run(matching);
    record(first, "measure:match at 1000", "match one job", "1,000 workers, pool of 200", "`matching/02-job-posted.json`", "");
    long copied = copyOtherWorkers(matching, workers);
    Script again = new Script("capacity-matching-" + workers);
    again.add("measure:match at " + workers, jobVariant(job, String.format("bench-job-%06d", workers)));
    ChildJvm.Outcome second = again.run(matching);
    record(second, "measure:match at " + workers, "match one job", String.format(Locale.ROOT, "%,d workers, same pool of 200 (%,d items copied)",
        workers, copied), "`matching/02-job-posted.json`", "flat (ratio below)");
  }

  private static ObjectNode jobVariant(ObjectNode job, String id) {
    return Events.withEnvelope(job, envelope -> {
      envelope.put("id", java.util.UUID.nameUUIDFromBytes(id.getBytes()).toString());
      ((ObjectNode) envelope.path("data")).put("id", id);
    });
  }

  /**
   * Grows the candidate index to {@code target} workers outside the job's pool: every item the matching handler
   * wrote for one of the 800 "elsewhere" workers, copied with another worker id (BatchWriteItem, 25 at a time).
   */
  private long copyOtherWorkers(FunctionUnderTest matching, int target) {
    String table = stack.tableName("CandidatesTable");
    DynamoDbClient dynamoDb = stack.aws.dynamoDb();
    Map<Integer, List<Map<String, AttributeValue>>> byWorker = new HashMap<>();
    Map<String, AttributeValue> start = null;
    do {
      Map<String, AttributeValue> from = start;
      ScanResponse page = dynamoDb.scan(r -> r.tableName(table).exclusiveStartKey(from));
      for (Map<String, AttributeValue> item : page.items()) {
        Matcher m = OTHER_WORKER.matcher(item.get("pk").s() + " " + item.get("sk").s());
        if (m.find()) {
          byWorker.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(item);
        }
      }
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    List<Integer> templates = new ArrayList<>(byWorker.keySet());
    if (templates.isEmpty()) {
      return 0;
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Long>> done = new ArrayList<>();
    int slice = Math.max(1, (target - 1000) / 4 + 1);
    for (int from = 1000; from < target; from += slice) {
      int lo = from;
      int hi = Math.min(target, from + slice);
      done.add(pool.submit(() -> {
        long written = 0;
        List<WriteRequest> batch = new ArrayList<>();
        for (int n = lo; n < hi; n++) {
          int template = templates.get(n % templates.size());
          String old = String.format("bench-other-%06d", template);
          String now = String.format("bench-other-%06d", n);
          for (Map<String, AttributeValue> item : byWorker.get(template)) {
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(replace(item, old, now)).build()).build());
            if (batch.size() == 25) {
              written += write(dynamoDb, table, batch);
              batch = new ArrayList<>();
            }
          }
        }
        if (!batch.isEmpty()) {
          written += write(dynamoDb, table, batch);
        }
        return written;
      }));
    }
    long written = 0;
    try {
      for (Future<Long> f : done) {
        written += f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("copying workers failed: " + e, e);
    } finally {
      pool.shutdown();
    }
    System.out.printf(Locale.ROOT, "  copied %,d candidate items to reach %,d workers%n", written, target);
    return written;
  }

  private static long write(DynamoDbClient dynamoDb, String table, List<WriteRequest> batch) {
    Map<String, List<WriteRequest>> pending = Map.of(table, batch);
    while (!pending.isEmpty()) {
      Map<String, List<WriteRequest>> request = pending;
      pending = dynamoDb.batchWriteItem(r -> r.requestItems(request)).unprocessedItems();
    }
    return batch.size();
  }

  private static Map<String, AttributeValue> replace(Map<String, AttributeValue> item, String old, String now) {
    Map<String, AttributeValue> copy = new LinkedHashMap<>();
    item.forEach((k, v) -> copy.put(k, replace(v, old, now)));
    return copy;
  }

  private static AttributeValue replace(AttributeValue value, String old, String now) {
    if (value.s() != null) {
      return AttributeValue.fromS(value.s().replace(old, now));
    }
    if (value.hasM()) {
      return AttributeValue.fromM(replace(value.m(), old, now));
    }
    if (value.hasL()) {
      return AttributeValue.fromL(value.l().stream().map(v -> replace(v, old, now)).toList());
    }
    if (value.hasSs()) {
      return AttributeValue.fromSs(value.ss().stream().map(s -> s.replace(old, now)).toList());
    }
    return value;
  }

  private void record(ChildJvm.Outcome outcome, String label, String operation, String scale, String event, String goal) {
    Optional<ChildJvm.Step> step = outcome.steps().stream().filter(s -> s.label().equals(label)).findFirst();
    if (step.isEmpty()) {
      rows.add("| " + operation + " | " + scale + " | " + event + ": not measured, the run failed: " + outcome.error() + " | | | | " + goal + " |");
      return;
    }
    ChildJvm.Step s = step.get();
    rows.add(String.format(Locale.ROOT, "| %s | %s | %s → %s | %s | %.1f | %.1f | %s |", operation, scale, event,
        s.outcome().replaceAll(" id=.*", ""), s.ops().replace(",", ", ") + (s.failedCalls() > 0 ? " (" + s.failedCalls() + " refused)" : ""),
        s.rcu(), s.wcu(), goal));
    System.out.printf(Locale.ROOT, "  %-40s rcu=%.1f wcu=%.1f %s%n", operation + " " + scale, s.rcu(), s.wcu(), s.ops());
  }

  static String identityNumber(int n) {
    String first17 = "512000" + LocalDate.of(1960, 1, 1).plusDays(n % 15000).toString().replace("-", "")
        + String.format("%03d", n % 1000);
    return first17 + ResidentIdentityNumber.checkCharacter(first17);
  }

  private static String subject(int n) {
    return String.format("bench-worker-%05d", n);
  }

  /** A script for the launcher: events written to files, one line each. */
  private final class Script {
    private final String name;
    private final Path folder;
    private final StringBuilder lines = new StringBuilder();
    private int count;

    Script(String name) {
      this.name = name;
      this.folder = workspace.scripts.resolve(name);
    }

    void add(String label, Path event) {
      lines.append(label).append('\t').append(event).append('\n');
    }

    void add(String label, ObjectNode event) {
      add(label, workspace.write(folder.resolve((count++) + ".json"), Events.text(event)));
    }

    ChildJvm.Outcome run(FunctionUnderTest function) {
      Path script = workspace.write(folder.resolve("script"), lines.toString());
      ChildJvm.Outcome outcome = ChildJvm.run(ColdStart.spec(workspace, stack, function, name, List.of(), script, name, true),
          workspace.dir.resolve(name + ".result"), workspace.logs.resolve(name + ".log"));
      long refused = outcome.steps().stream().filter(s -> s.label().startsWith("seed") && !s.outcome().matches("HTTP 20\\d.*|failed=0.*")).count();
      if (refused > 0) {
        System.out.printf("  %s: %d seeding steps did not succeed, e.g. %s%n", name, refused, outcome.steps().stream()
            .filter(s -> s.label().startsWith("seed") && !s.outcome().matches("HTTP 20\\d.*|failed=0.*")).findFirst().get().outcome());
      }
      return outcome;
    }
  }
}
